// name: Keys of every entity
// does: one uniqueness constraint per identity in the dataset format, so that MERGE finds and imports stay idempotent
// note: accounts are identified by (platform, id) across datasets; posts likewise
CREATE CONSTRAINT account_key IF NOT EXISTS FOR (a:Account) REQUIRE (a.platform, a.id) IS UNIQUE;
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (p:Post) REQUIRE (p.platform, p.id) IS UNIQUE;
CREATE CONSTRAINT dataset_name IF NOT EXISTS FOR (d:Dataset) REQUIRE d.name IS UNIQUE;
CREATE CONSTRAINT vendor_id IF NOT EXISTS FOR (v:Vendor) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT storefront_id IF NOT EXISTS FOR (s:Storefront) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT purchase_id IF NOT EXISTS FOR (p:Purchase) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT avatar_sha256 IF NOT EXISTS FOR (a:Avatar) REQUIRE a.sha256 IS UNIQUE;
