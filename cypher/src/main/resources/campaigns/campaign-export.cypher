// name: Campaign export
// finds: every (campaign, account) pair of the current campaigns with the account's signals and explanation, for CSV export
// returns: campaignId string, platform string, id string, handle string, signals list<string>, explanation string
MATCH (c:Campaign {status: 'current'})-[i:INCLUDES]->(a:Account)
RETURN c.id AS campaignId, a.platform AS platform, a.id AS id, a.handle AS handle, i.signals AS signals,
       i.explanation AS explanation
ORDER BY c.size DESC, c.id, a.platform, a.id
