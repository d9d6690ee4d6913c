import { describe, expect, it } from 'vitest';
import {
  formatVietnamDateTime,
  parseMachineDate,
  parseVietnameseDateLine,
} from '../../../src/extract/published-date';

describe('parseVietnameseDateLine', () => {
  it('reads the seed page line as day/month/year in Vietnam time', () => {
    expect(parseVietnameseDateLine('Vũ Ba| 15/03/2022 10:10')).toBe('2022-03-15T10:10:00+07:00');
  });

  it('reads 3/4/2022 as 3 April, not 4 March', () => {
    expect(parseVietnameseDateLine('03/04/2022 08:00')).toBe('2022-04-03T08:00:00+07:00');
  });

  it('reads the VnExpress style with weekday, single digits and (GMT+7)', () => {
    expect(parseVietnameseDateLine('Thứ hai, 14/7/2025, 08:30 (GMT+7)')).toBe('2025-07-14T08:30:00+07:00');
  });

  it('reads a time written before the date and a date with dashes', () => {
    expect(parseVietnameseDateLine('Cập nhật 06:15 ngày 05-11-2024')).toBe('2024-11-05T06:15:00+07:00');
  });

  it('takes midnight when there is no time', () => {
    expect(parseVietnameseDateLine('Ngày 02/09/2025')).toBe('2025-09-02T00:00:00+07:00');
  });

  it('skips impossible dates and finds the next real one', () => {
    expect(parseVietnameseDateLine('31/02/2022 và 28/02/2022 10:00')).toBe('2022-02-28T10:00:00+07:00');
    expect(parseVietnameseDateLine('15/13/2022')).toBeNull();
  });

  it('does not take part of a longer number or a version string', () => {
    expect(parseVietnameseDateLine('Số 1234/15/03/2022/QĐ')).toBeNull();
    expect(parseVietnameseDateLine('không có ngày')).toBeNull();
  });
});

describe('parseMachineDate', () => {
  it('converts an offset to Vietnam time', () => {
    expect(parseMachineDate('2022-03-15T03:10:00Z')).toBe('2022-03-15T10:10:00+07:00');
    expect(parseMachineDate('2023-09-18T14:05:00+07:00')).toBe('2023-09-18T14:05:00+07:00');
    expect(parseMachineDate('2024-11-04T23:15:00-0000')).toBe('2024-11-05T06:15:00+07:00');
  });

  it('treats a date without offset as Vietnam time', () => {
    expect(parseMachineDate('2025-07-14 08:30')).toBe('2025-07-14T08:30:00+07:00');
    expect(parseMachineDate('2025-07-14')).toBe('2025-07-14T00:00:00+07:00');
  });

  it('refuses garbage', () => {
    expect(parseMachineDate('hôm qua')).toBeNull();
    expect(parseMachineDate('2025-02-30T10:00:00Z')).toBeNull();
    expect(parseMachineDate(null)).toBeNull();
  });
});

describe('formatVietnamDateTime', () => {
  it('gives the wall-clock time the site printed', () => {
    expect(formatVietnamDateTime('2022-03-15T10:10:00+07:00')).toBe('2022-03-15 10:10');
  });
});
