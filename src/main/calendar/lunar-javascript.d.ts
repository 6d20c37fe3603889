/**
 * The part of lunar-javascript (no types of its own) that statutory-holidays.ts uses: the solar date of a
 * lunar date, and the solar terms (清明) of a year.
 */
declare module 'lunar-javascript' {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar
    toYmd(): string
    next(days: number): Solar
    getLunar(): Lunar
  }
  export class Lunar {
    static fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): Lunar
    getSolar(): Solar
    getJieQiTable(): Record<string, Solar>
  }
}
