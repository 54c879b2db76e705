/** Organisation kinds, from the region down to the village, plus partners outside the region. */
export const orgKinds = [
  'region',
  'prefecture',
  'county',
  'township',
  'village',
  'partner',
  'reading_centre',
] as const;

/** One of {@link orgKinds}. */
export type OrgKind = (typeof orgKinds)[number];

/** The kinds a child of each kind may be (the tree region → prefecture → county → township → village). */
export const allowedChildKinds: Record<OrgKind, readonly OrgKind[]> = {
  region: ['prefecture', 'county', 'partner', 'reading_centre'],
  prefecture: ['county', 'township', 'partner'],
  county: ['township', 'village'],
  township: ['village'],
  village: [],
  partner: [],
  reading_centre: [],
};

/** What a grant shares from the granting organisation with the receiving one. */
export const grantScopes = ['ecg', 'patients', 'consult', 'referral'] as const;

/** One of {@link grantScopes}. */
export type GrantScope = (typeof grantScopes)[number];
