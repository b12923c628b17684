// name: Wait for indexes
// finds: returns once every index is online, or fails after 300 seconds
// returns: nothing
CALL db.awaitIndexes(300)
