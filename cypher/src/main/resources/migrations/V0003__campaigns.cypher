// name: Campaigns
// does: one Campaign per id, so that re-running detect all updates campaigns instead of duplicating them
CREATE CONSTRAINT campaign_id IF NOT EXISTS FOR (c:Campaign) REQUIRE c.id IS UNIQUE;
CREATE INDEX campaign_status IF NOT EXISTS FOR (c:Campaign) ON (c.status);
