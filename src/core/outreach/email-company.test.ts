import { describe, expect, it } from 'vitest';
import { companyFromEmail } from './email-company.js';

describe('companyFromEmail', () => {
  const known = new Map([
    ['kelenwave payments', 'Kelenwave Payments'],
    ['eonilbit', 'Eonilbit'],
  ]);

  it('names a company of the network by its domain, as the network spells it', () => {
    expect(companyFromEmail('james.sullivan@kelenwave-payments.example', known)).toBe(
      'Kelenwave Payments',
    );
    expect(companyFromEmail('megan@eonilbit.co.uk', known)).toBe('Eonilbit');
  });

  it('reads a several-word domain as a company name, and no one-word unknown domain', () => {
    expect(companyFromEmail('fatima@okafor-thorne-capital.com', known)).toBe(
      'Okafor Thorne Capital',
    );
    expect(companyFromEmail('ana@zorblat.com', known)).toBeUndefined();
  });

  it('places nobody by webmail or a malformed address', () => {
    expect(companyFromEmail('graceparker@mail.example', known)).toBeUndefined();
    expect(companyFromEmail('lena@gmail.com', known)).toBeUndefined();
    expect(companyFromEmail('no-at-sign', known)).toBeUndefined();
  });
});
