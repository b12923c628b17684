// name: Campaign members page
// finds: one page of a campaign's accounts with their signals and the explanation of why each is in it
// param: id string -- the campaign's id
// param: skip int = 0 -- members to skip
// param: limit int = 100 -- page size; ordered by account id so pages are stable
// returns: platform string, id string, handle string, displayName string, createdAt datetime, signals list<string>, explanation string
MATCH (:Campaign {id: $id})-[i:INCLUDES]->(a:Account)
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.display_name AS displayName,
       a.created_at AS createdAt, i.signals AS signals, i.explanation AS explanation
ORDER BY a.platform, a.id SKIP $skip LIMIT $limit
