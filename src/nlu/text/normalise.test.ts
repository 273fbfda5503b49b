// Tests of text normalisation and word segmentation.
import { describe, expect, it } from 'vitest';
import { normaliseText, stripDiacritics } from './normalise.js';
import { segmentWords } from './segment.js';

describe('normaliseText', () => {
  it('folds width, case, Traditional Chinese and letter runs', () => {
    expect(normaliseText('ＨＥＬＬＯ　１２３')).toBe('hello 123');
    expect(normaliseText('我的訂單在哪裡')).toBe('我的订单在哪里');
    expect(normaliseText('Sooooo gooood')).toBe('soo good');
    expect(normaliseText('มากกกกก')).toBe('มากก');
  });

  it('folds Arabic spelling variants and optional marks', () => {
    expect(normaliseText('أين طلبيَّة')).toBe(normaliseText('اين طلبيه'));
    expect(normaliseText('إلغاء')).toBe('الغاء');
  });

  it('strips Vietnamese and Spanish diacritics', () => {
    expect(stripDiacritics('đơn hàng của tôi')).toBe('don hang cua toi');
    expect(stripDiacritics('cancelación')).toBe('cancelacion');
  });
});

describe('segmentWords', () => {
  it('splits unspaced scripts with Intl.Segmenter and keeps emoji', () => {
    expect(segmentWords('ผมอยากยกเลิก')).toEqual(['ผม', 'อยาก', 'ยกเลิก']);
    expect(segmentWords('我想取消订单 😡')).toContain('😡');
    expect(segmentWords("where's my order 👍")).toEqual(["where's", 'my', 'order', '👍']);
  });
});
