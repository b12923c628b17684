// name: Publish a campaign
// finds: marks a campaign whose members and targets are all written as current, so lists and exports show it
// param: id string -- the campaign's id
// returns: id string
MATCH (c:Campaign {id: $id})
SET c.status = 'current'
RETURN c.id AS id
