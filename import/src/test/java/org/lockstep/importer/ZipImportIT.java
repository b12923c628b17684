package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/** A zipped dataset imports like its folder. */
@ExtendWith(Neo4jExtension.class)
class ZipImportIT {

    @Test
    void a_zip_of_the_folder_imports_the_same_rows_and_rejects_as_the_folder(@TempDir Path tmp, Driver driver)
            throws IOException {
        DatasetImporter importer = new DatasetImporter(driver, 100);
        Path folder = Fixtures.entities(Files.createDirectory(tmp.resolve("fixture")));
        ImportSummary fromFolder = importer.importDataset(folder, ImportListener.NONE);
        var counts = Fixtures.counts(driver);
        Neo4jExtension.clean();

        Path zip = tmp.resolve("fixture.ZIP");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : Fixtures.ENTITY_FILES) {
                out.putNextEntry(new ZipEntry("fixture/" + name));
                out.write(Files.readAllBytes(folder.resolve(name)));
                out.closeEntry();
            }
        }
        ImportSummary fromZip = importer.importDataset(zip, ImportListener.NONE);

        assertThat(fromZip.files()).isEqualTo(fromFolder.files());
        assertThat(fromZip.rejects()).isEqualTo(fromFolder.rejects());
        assertThat(Fixtures.counts(driver)).isEqualTo(counts);
    }
}
