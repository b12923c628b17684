package org.lockstep.store;

import org.lockstep.error.StoreException;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** A Neo4j server or cluster reached over Bolt; no database is started in this process. */
final class ExternalStore implements GraphStore {
    private final Driver driver;
    private final String uri;
    private final String description;

    private ExternalStore(Driver driver, String uri, String description) {
        this.driver = driver;
        this.uri = uri;
        this.description = description;
    }

    static ExternalStore connect(StoreConfig config) {
        String uri = config.externalUri().orElseThrow().toString();
        if (config.externalUri().get().getUserInfo() != null) {
            throw new StoreException("store.uri_credentials", "Put no user or password in --neo4j-uri (it ends up in"
                    + " shell history and process lists): use LOCKSTEP_NEO4J_USER and LOCKSTEP_NEO4J_PASSWORD.", null);
        }
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(config.user(), config.password()));
        try {
            driver.verifyConnectivity();
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("store.unavailable", "Cannot reach Neo4j at " + uri
                    + ": check that the server runs and the URI (--neo4j-uri) is right.", e);
        } catch (Neo4jException e) {
            driver.close();
            throw new StoreException("store.refused", "Neo4j at " + uri + " refused the connection (" + e.code()
                    + "): check LOCKSTEP_NEO4J_USER and LOCKSTEP_NEO4J_PASSWORD.", e);
        }
        return new ExternalStore(driver, uri, config.toString());
    }

    @Override
    public Driver driver() {
        return driver;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String boltUri() {
        return uri;
    }

    @Override
    public void close() {
        driver.close();
    }
}
