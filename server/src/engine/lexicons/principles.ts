/** A company value or Leadership Principle a story can be meant to show. */
export interface PrincipleDef {
  name: string;
  /** What the principle means, in a sentence. */
  definition: string;
  /** What deep evidence for it looks like in a story. */
  evidence?: string;
  /** Other ways people write it. */
  aliases?: string[];
}

/** Amazon's sixteen Leadership Principles, described in the project's own words. */
export const AMAZON_PRINCIPLES: PrincipleDef[] = [
  {
    name: 'Customer Obsession',
    definition: 'Start from the customer and work backwards; earn and keep their trust before watching competitors.',
    evidence:
      'Name the customer, what hurt them and how you found out (data, interviews, tickets), and show a choice you made for them that ' +
      'cost you something.',
    aliases: ['customer obsessed', 'customer-obsessed'],
  },
  {
    name: 'Ownership',
    definition: 'Act for the long term and beyond your own team; never say "that is not my job".',
    evidence: 'Show something you took on that nobody assigned, that you saw through to the end, and the long-term fix you left behind.',
  },
  {
    name: 'Invent and Simplify',
    definition: 'Expect and seek new ideas from anywhere, and make things simpler.',
    evidence: 'Show what was complicated before, the simpler idea you brought, and how much work or cost it removed.',
  },
  {
    name: 'Are Right, A Lot',
    definition: 'Have strong judgment and good instincts, seek diverse views and try to disprove your own beliefs.',
    evidence: 'Show a call you made with incomplete data, the views you sought out, and how the outcome proved it.',
    aliases: ['are right a lot', 'be right a lot', 'right a lot'],
  },
  {
    name: 'Learn and Be Curious',
    definition: 'Keep learning and improving; explore new possibilities.',
    evidence: 'Show something you had to learn fast, how you learned it, and what it let you do that you could not before.',
  },
  {
    name: 'Hire and Develop the Best',
    definition: 'Raise the bar with every hire and promotion and coach others seriously.',
    evidence: 'Name the person you developed or hired, what you did with them week by week, and where they got to.',
    aliases: ['hire and develop'],
  },
  {
    name: 'Insist on the Highest Standards',
    definition: 'Keep raising the bar so that defects do not travel downstream and problems stay fixed.',
    evidence: 'Show the bar you set, what you refused to ship, and the measurable quality that followed.',
    aliases: ['highest standards', 'insist on high standards'],
  },
  {
    name: 'Think Big',
    definition: 'Create and communicate a bold direction that inspires results.',
    evidence: 'Show the larger vision you proposed beyond the ask, who you convinced, and the scale it reached.',
  },
  {
    name: 'Bias for Action',
    definition: 'Speed matters; many decisions are reversible and do not need extensive study.',
    evidence: 'Show the risk you weighed, why the decision was reversible, what you did in days rather than weeks, and what it saved.',
    aliases: ['bias to action', 'bias towards action', 'bias toward action'],
  },
  {
    name: 'Frugality',
    definition: 'Accomplish more with less; constraints breed resourcefulness.',
    evidence: 'Show the constraint, what you did instead of spending, and the money or headcount saved.',
  },
  {
    name: 'Earn Trust',
    definition: 'Listen attentively, speak candidly, treat others respectfully, and be self-critical.',
    evidence: 'Show a relationship that started out strained, what you did to repair it, and what changed.',
  },
  {
    name: 'Dive Deep',
    definition: 'Operate at all levels, stay connected to the details, and be skeptical when metrics and anecdotes differ.',
    evidence: 'Show the data you went into yourself, the detail others missed, and the root cause you found.',
  },
  {
    name: 'Have Backbone; Disagree and Commit',
    definition: 'Challenge decisions you disagree with, even when uncomfortable; once decided, commit wholly.',
    evidence: 'Show what you disagreed with, the data you argued with, how the decision went, and how you committed afterwards.',
    aliases: ['have backbone', 'disagree and commit', 'backbone'],
  },
  {
    name: 'Deliver Results',
    definition: 'Focus on the key inputs, deliver them with quality and on time, and rise to setbacks.',
    evidence: 'Show the goal, the obstacle that threatened it, what you did about it, and the number you hit.',
  },
  {
    name: "Strive to be Earth's Best Employer",
    definition: 'Work to make the workplace safer, more productive, more diverse and more just.',
    evidence: 'Show what you changed for the people around you and how you knew it made their work better.',
    aliases: ["earth's best employer", 'best employer'],
  },
  {
    name: 'Success and Scale Bring Broad Responsibility',
    definition: 'Be humble about the effects of your actions on communities and the world, and leave things better.',
    evidence: 'Show a second-order effect you anticipated beyond the immediate goal and what you did about it.',
    aliases: ['broad responsibility'],
  },
];
