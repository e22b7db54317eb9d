/**
 * Story files built for the bank tests, each for one kind of bank note.
 * Every story is written in the first person with a measured result unless
 * the test is about what happens without them.
 */

export const customer = `---
principles: [Customer Obsession]
---

## Fixing refill reminders for pharmacy patients

**Situation:** Patients of our pharmacy app were missing refills, and support tickets about late reminders had doubled in a quarter.

**Task:** I owned the reminder service.

**Action:** I read 200 support tickets and called eight patients to hear what went wrong. I found that reminders were sent in the \
server's time zone, so I moved scheduling to each patient's local time.

**Result:** Missed refills fell from 9% to 3% in two months.
`;

export const diveDeep = `## The payout mismatch

Principles: Dive Deep

**Situation:** Every month finance found payouts that did not match the ledger.

**Task:** I was asked to find out why.

**Action:** I queried six months of ledger rows and compared them with the bank files. I traced the mismatch to a rounding step that ran \
twice for refunds, which turned out to be the root cause. I fixed the rounding and added a nightly check.

**Result:** Mismatches went from 340 a month to 0, and month-end close took 2 days instead of 5.
`;

export const failure = `---
type: failure
---

## The release I did not load-test

**Situation:** I led a release of the pick-list service.

**Action:** I skipped the load test because the change looked small, and the service stalled at shift start. I rolled it back within 15 \
minutes.

**Result:** The fixed release went out two weeks later with no incident, and 0 orders were lost.

**Learning:** I now replay a real shift start before every release to that path.
`;

export const conflict = `## Disagreeing about the launch date

**Situation:** Sales had promised a hospital group a launch on 1 March.

**Action:** I found that 6 of 40 test bookings landed in the wrong calendar. I disagreed with the sales director and pushed back on the \
date, and I proposed a pilot at one clinic instead.

**Result:** The pilot took 1,150 bookings in a month with 0 misrouted.
`;

/** Claimed for five principles in its tags, and shows none of them. */
export const stretched = `## Migrating the build system

Principles: Think Big, Frugality, Earn Trust, Invent and Simplify, Hire and Develop the Best

**Situation:** Builds took 40 minutes.

**Action:** I moved the build to a remote cache.

**Result:** Builds took 12 minutes, a 70% cut.
`;

/** Told in "we": the team acted, so nothing is shown for the writer. */
export const teamStory = `## Rebuilding the search index

**Situation:** Search was slow for our customers, and we read their complaints in support tickets.

**Action:** We traced the slowness to a root cause in the query logs. We rebuilt the index and we added caching. I reviewed the plan.

**Result:** Search latency fell from 800 ms to 200 ms.
`;

/** Work that reached several teams. */
export const crossTeam = `## One number for on-time delivery

**Situation:** Finance, operations and support each computed on-time delivery, and the three figures disagreed.

**Action:** I brought the three teams together, wrote one definition with their leads, and built one pipeline that all three teams now read.

**Result:** The weekly review dropped its 20-minute argument, and the figure now differs by 0 points.
`;

/** A story whose only principle is named with a generic reason. */
export const shallow = `## Owning the rollout

**Situation:** The rollout had no owner.

**Action:** This shows Ownership because I took ownership of the project.

**Result:** The rollout finished in 3 weeks.
`;
