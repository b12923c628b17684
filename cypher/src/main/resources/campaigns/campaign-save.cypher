// name: Save a campaign
// finds: creates or updates one campaign by id, marked 'writing' until campaign-publish, and drops its old member and target links, which campaign-members and campaign-targets then write again
// param: id string -- the campaign's stable id
// param: campaign map -- size, from, to, signals, findings, evidence, params (JSON text)
// param: now datetime -- when detect all ran
// returns: id string
MERGE (c:Campaign {id: $id})
SET c.size = $campaign.size, c.from = $campaign.from, c.to = $campaign.to, c.signals = $campaign.signals,
    c.findings = $campaign.findings, c.evidence = $campaign.evidence, c.params = $campaign.params,
    c.detected_at = $now, c.status = 'writing'
WITH c
CALL (c) {
  MATCH (c)-[old:INCLUDES|TARGETS]->()
  DELETE old
}
RETURN c.id AS id
