import { describe, expect, it } from 'vitest';
import { INDUSTRY_KEYS } from './industries.js';
import type { NameCulture } from './names.js';
import { createRng } from './rng.js';
import { classifyTitle } from './test-support/title-class.js';
import { inventTitle, type TitleClass } from './titles.js';

const CLASSES: TitleClass[] = [
  'recruiting',
  'executive',
  'vp-director',
  'manager',
  'student',
  'individual',
];
const CULTURES: NameCulture[] = ['anglo', 'hispanic', 'german', 'french'];

describe('inventTitle', () => {
  it('writes titles that read as their class, in every industry and language', () => {
    const rng = createRng(1);
    const misread: string[] = [];
    for (const titleClass of CLASSES) {
      for (const industry of INDUSTRY_KEYS) {
        for (const culture of CULTURES) {
          for (let i = 0; i < 60; i++) {
            const title = inventTitle(rng, titleClass, {
              industry,
              culture,
              school: 'University of Oakdale',
            });
            if (classifyTitle(title) !== titleClass) misread.push(`${titleClass}: ${title}`);
          }
        }
      }
    }
    expect(misread).toEqual([]);
  });

  it('names the school in a student title when asked to', () => {
    const rng = createRng(3);
    const titles = Array.from({ length: 200 }, () =>
      inventTitle(rng, 'student', {
        industry: 'education',
        culture: 'anglo',
        school: 'University of Oakdale',
      }),
    );
    expect(titles).toContain('Student at University of Oakdale');
  });
});
