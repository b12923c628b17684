// name: Handle families
// finds: groups of at least $minSize accounts whose handles share one unlikely character skeleton (long consonant runs, no vowels, letters and digits interleaved) and that were created close together
// step-param: window duration = P3D -- accounts of one skeleton belong to one family while each was created within this long of the previous one
// step-param: minSize int = 10 -- the smallest family reported
// step-param: maxMembers int = 500 -- how many members each finding lists (its size counts all of them)
// returns: platform string, id string, handle string, created int (epoch seconds, or null)
// note: the Java step (HandleFamilyDetector) computes each handle's skeleton (C consonant, V vowel, D digit, runs collapsed: kdrtmwqzp4821 is CD) and entropy; accounts without a creation time form one family per skeleton
// note: a handle family is an artefact: campaigns count it beside a timing or follow signal
MATCH (a:Account)
WHERE a.handle IS NOT NULL
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.created_at.epochSeconds AS created
