import { describe, expect, it } from 'vitest';
import { exportDateFromName, fileKindFromContent, fileKindFromName } from './linkedin-files.js';

describe('fileKindFromName', () => {
  it.each([
    ['Connections.csv', 'connections'],
    ['messages.csv', 'messages'],
    ['Messages.csv', 'messages'],
    ['PhoneNumbers.csv', 'phone-numbers'],
    ['Phone Numbers.csv', 'phone-numbers'],
    ['Jobs/Saved Jobs.csv', 'saved-jobs'],
    ['Saved_Jobs.csv', 'saved-jobs'],
    ['Jobs\\Job Seeker Preferences.csv', 'job-seeker-preferences'],
    ['Endorsement_Received_Info.csv', 'endorsements-received'],
    ['Recommendations_Given.csv', 'recommendations-given'],
    ['Shares_252701747.csv', 'shares'],
    ['IMPORTED CONTACTS.CSV', 'imported-contacts'],
  ])('%s is %s', (name, kind) => {
    expect(fileKindFromName(name)).toBe(kind);
  });

  it.each([
    'Skills.csv',
    'coach_messages.csv',
    'guide_messages.csv',
    'Articles/Articles/weak-ties.html',
    'Connections.txt',
  ])('%s is not read', (name) => {
    expect(fileKindFromName(name)).toBeUndefined();
  });
});

describe('fileKindFromContent', () => {
  it('recognises a renamed file by its header, even behind the Notes preamble', () => {
    const text =
      'Notes:\n"When exporting your connection data..."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    expect(fileKindFromContent(text)).toBe('connections');
    expect(fileKindFromContent('"CONVERSATION ID","FROM","TO","DATE","CONTENT"\n')).toBe(
      'messages',
    );
    expect(fileKindFromContent('Name\nPython\n')).toBeUndefined();
  });
});

describe('exportDateFromName', () => {
  it('reads MM-DD-YYYY from the archive or folder name', () => {
    expect(
      exportDateFromName('/home/marta/Downloads/Basic_LinkedInDataExport_12-16-2024.zip'),
    ).toBe('2024-12-16');
    expect(exportDateFromName('Complete_LinkedInDataExport_11-04-2018/')).toBe('2018-11-04');
    expect(exportDateFromName('Complete_LinkedInDataExport_02-30-2018.zip')).toBeUndefined();
    expect(exportDateFromName('linkedin.zip')).toBeUndefined();
  });
});
