import type { ShiftRole } from '@gesang/domain';

/** One weekly shift of the demo roster, repeated on `weekdays` (ISO, 1 Monday … 7 Sunday). */
export interface DemoShift {
  orgCode: string;
  username: string;
  role: ShiftRole;
  onCallCardiologist: boolean;
  weekdays: number[];
  /** Local times (Asia/Shanghai), `HH:MM`; an end at or before the start is the next morning. */
  startTime: string;
  endTime: string;
}

const everyDay = [1, 2, 3, 4, 5, 6, 7];

/**
 * The demo roster: day and night readers at the Xigaze hub and at the Shanghai reading centre,
 * the hub's on-call cardiologist as backup round the clock, and the centre's coordinator. Every
 * hour of the week is covered at both (the coverage check of the demo finds no gap).
 */
export const demoRoster: DemoShift[] = [
  {
    orgCode: 'xigaze-peoples',
    username: 'reader.xigaze',
    role: 'primary',
    onCallCardiologist: false,
    weekdays: everyDay,
    startTime: '08:00',
    endTime: '20:00',
  },
  {
    orgCode: 'xigaze-peoples',
    username: 'reader2.xigaze',
    role: 'primary',
    onCallCardiologist: false,
    weekdays: everyDay,
    startTime: '20:00',
    endTime: '08:00',
  },
  {
    orgCode: 'xigaze-peoples',
    username: 'cardiologist.xigaze',
    role: 'backup',
    onCallCardiologist: true,
    weekdays: everyDay,
    startTime: '00:00',
    endTime: '24:00',
  },
  {
    orgCode: 'shanghai-ecg-centre',
    username: 'reader.shanghai',
    role: 'primary',
    onCallCardiologist: false,
    weekdays: everyDay,
    startTime: '08:00',
    endTime: '20:00',
  },
  {
    orgCode: 'shanghai-ecg-centre',
    username: 'reader2.shanghai',
    role: 'primary',
    onCallCardiologist: false,
    weekdays: everyDay,
    startTime: '20:00',
    endTime: '08:00',
  },
  {
    orgCode: 'shanghai-ecg-centre',
    username: 'coordinator.shanghai',
    role: 'coordinator',
    onCallCardiologist: false,
    weekdays: everyDay,
    startTime: '00:00',
    endTime: '24:00',
  },
];
