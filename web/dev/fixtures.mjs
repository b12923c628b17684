// Fixture answers for the four endpoints, shaped exactly like the server contract. Deterministic, and full of
// hostile strings (markup, script, a right-to-left override) so that the page's text-only rendering is exercised.

export const HOSTILE_MARKUP = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '<script>alert("xss")</script>';
export const RLO_HANDLE = 'pay\u202Egpj.exe';

export const stats = {
  store: 'embedded Neo4j in /x/lockstep-data',
  nodes: [
    { label: 'Account', count: 5230 },
    { label: 'Dataset', count: 2 },
  ],
  relationships: [
    { type: 'FOLLOWS', count: 41234 },
    { type: 'IMPORTED_IN', count: 5230 },
  ],
  datasets: [
    { name: 'lockstep-demo-small-seed42', platform: 'instagram', importedAt: '2026-11-25T15:00:00Z', accounts: 5230, follows: 41234, rejects: 0 },
    { name: HOSTILE_MARKUP, platform: 'instagram', importedAt: null, accounts: 12, follows: 40, rejects: 3 },
  ],
};

export const detectors = [
  {
    id: 'shared-followers',
    name: 'Shared-follower clusters',
    finds: 'Groups of accounts that follow exactly the same set of targets, the signature of a bought follower flood.',
    params: [
      { name: 'minTargets', type: 'int', defaultValue: '2', description: 'Fewest targets a shared set must have.' },
      { name: 'minSize', type: 'int', defaultValue: '10', description: 'Fewest accounts a cluster must have to be reported.' },
      { name: 'maxSpanHours', type: 'double', defaultValue: '48', description: 'Longest first-to-last follow span, in hours.' },
      { name: 'exactSet', type: 'boolean', defaultValue: 'true', description: 'Members must follow exactly the target set, not a superset.' },
    ],
    returns: 'One finding per target set: targets, members (first 500), first and last follow time, evidence sentence.',
  },
  {
    id: 'shared-avatars',
    name: 'Shared-avatar clusters',
    finds: 'Accounts whose profile pictures are identical or near-identical after re-encoding.',
    params: [
      { name: 'maxDistance', type: 'int', defaultValue: '6', description: 'Largest perceptual-hash Hamming distance.' },
      { name: 'hash', type: 'string', defaultValue: 'phash', description: 'Which hash to compare: sha256 or phash.' },
    ],
    returns: 'One finding per avatar group.',
  },
];

// A small deterministic generator so the fixture is the same on every run.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

function members(count, seed, createdAround, hostile) {
  const next = generator(seed);
  const list = [];
  for (let i = 0; i < count; i += 1) {
    let handle = '';
    const letters = 6 + Math.floor(next() * 5);
    for (let j = 0; j < letters; j += 1) handle += CONSONANTS[Math.floor(next() * CONSONANTS.length)];
    handle += String(Math.floor(next() * 10000)).padStart(4, '0');
    const created = new Date(Date.parse(createdAround) - Math.floor(next() * 3) * 86_400_000 - Math.floor(next() * 20) * 3_600_000);
    list.push({ id: String(2_000_000 + seed * 10_000 + i), handle, displayName: next() < 0.3 ? '' : handle.slice(0, 4).toUpperCase() + ' ' + handle.slice(4, 8), createdAt: created.toISOString().replace('.000Z', 'Z') });
  }
  if (hostile) {
    list[0] = { ...list[0], handle: HOSTILE_MARKUP, displayName: HOSTILE_SCRIPT };
    list[1] = { ...list[1], handle: RLO_HANDLE, displayName: 'مدافع حقوق زنان' };
    list[2] = { ...list[2], displayName: 'zero\u200Bwidth & "quotes" \' <b>bold</b>' };
  }
  return list;
}

const flood = members(812, 1, '2024-04-11T00:00:00Z', true);
const wave = members(64, 2, '2024-05-02T00:00:00Z', false);
const trickle = members(11, 3, '2024-05-20T00:00:00Z', false);

const CAP = 500;

export function findings() {
  // Deliberately not in size order: the page sorts.
  return [
    {
      id: 'sf-7b21e0', size: 11,
      targets: [{ id: '1002', handle: 'azadi_now', displayName: 'Azadi Now' }, { id: '1003', handle: 'iran_women_journal', displayName: 'Journal' }],
      members: trickle, membersTotal: 11, firstFollow: null, lastFollow: null,
      evidence: '11 accounts follow exactly these 2 accounts; no follow times were recorded.',
    },
    {
      id: 'sf-3a9c41', size: 812,
      targets: [
        { id: '1001', handle: 'womens_voice_ir', displayName: 'Women\'s Voice' },
        { id: '1004', handle: HOSTILE_MARKUP, displayName: HOSTILE_SCRIPT },
        { id: '1005', handle: RLO_HANDLE, displayName: 'RLO target' },
      ],
      members: flood.slice(0, CAP), membersTotal: 812,
      firstFollow: '2024-04-14T09:00:00Z', lastFollow: '2024-04-14T17:40:00Z',
      evidence: `812 accounts follow exactly these 3 accounts, all within 8 h 40 min on 2024-04-14; 790 were created 2-4 days before. ${HOSTILE_SCRIPT}`,
    },
    {
      id: 'sf-c0ffee', size: 64,
      targets: [{ id: '1001', handle: 'womens_voice_ir', displayName: 'Women\'s Voice' }, { id: '1002', handle: 'azadi_now', displayName: 'Azadi Now' }],
      members: wave, membersTotal: 64, firstFollow: '2024-05-04T22:10:00Z', lastFollow: '2024-05-04T22:45:00Z',
      evidence: '64 accounts follow exactly these 2 accounts within 35 min.',
    },
  ];
}
