// The grid every day model is laid out on: 15-minute activity blocks and the codes of its minutes.

/** Seconds in one activity block: the day is 96 blocks of 15 minutes. */
export const BLOCK_S = 900;
/** Activity blocks per day. */
export const BLOCKS = 96;

/** Minute code (`DayModel.minutes`): awake, outside workouts. */
export const FREE = 0;
/** Minute code (`DayModel.minutes`): inside a sleep session (asleep or awake in bed). */
export const IN_BED = 1;
/** Minute code (`DayModel.minutes`): during a workout. */
export const WORKOUT = 2;
