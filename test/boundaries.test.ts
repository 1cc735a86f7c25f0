/**
 * The same-day boundaries of the agreement's dates, each the day itself: where `<` and `<=` differ, and
 * where a change of one would pass every other test.
 */
import { describe, expect, it } from 'vitest';
import { toHtml } from '../src/documents/formats.js';
import { minutes } from '../src/rules/minutes.js';
import { references } from '../src/rules/references.js';
import { extensionRefusals } from '../src/term/extension.js';
import { terminationEffective, terminationRefusals } from '../src/term/termination.js';
import { runCli } from './helpers/cli.js';
import {
  agreementData,
  fileText,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from './helpers/fixtures.js';
import { agreement } from './helpers/model.js';
import { copyFixture } from './helpers/repository.js';
import { expectFindings, expectValid } from './helpers/rule-tester.js';

describe('the day itself', () => {
  it('an extension decided on the signing day is decided in the term; the day before is not', () => {
    const terms = agreement();
    expect(extensionRefusals(terms, 2019, terms.signed)).toEqual([]);
    expect(extensionRefusals(terms, 2019, '2017-09-06').map((refusal) => refusal.field)).toEqual(['decided']);
  });

  it('an extension decided on the day the evaluation was completed is still decided while it was pending; the day after is not', () => {
    const evaluated = agreement({ evaluation: { due: '2018-12-31', completed: '2018-11-15' } });
    expect(extensionRefusals(evaluated, 2019, '2018-11-15')).toEqual([]);
    expect(extensionRefusals(evaluated, 2019, '2018-11-16').map((refusal) => refusal.reason)).toEqual([
      { id: 'term/extension-after-evaluation', params: { completed: '2018-11-15', decided: '2018-11-16' } },
    ]);
  });

  it("a notice received on the term's last day still ends it, on that day; the day after there is nothing to end", () => {
    const terms = agreement();
    expect(terminationRefusals(terms, '2018-12-31')).toEqual([]);
    expect(terminationEffective(terms, '2018-12-31')).toBe('2018-12-31');
    expect(terminationRefusals(terms, '2019-01-01').map((refusal) => refusal.field)).toEqual(['notified']);
  });

  it("minutes approved on the meeting's own day are approved on or after it; the day before is a finding", async () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    // November's minutes approved in March's meeting, so March's own approval is all the rule looks at.
    meetings['2017-11-20'] = {
      ...meetings['2017-11-20'],
      minutes_approved: '2018-03-14',
      minutes_approved_via: 'meeting',
    };
    meetings['2018-03-14'] = {
      ...meetings['2018-03-14'],
      minutes_approved: '2018-03-14',
      minutes_approved_via: 'email',
    };
    expectValid(minutes, repositoryFiles({ meetings }), '2018-10-01');
    meetings['2018-03-14'] = {
      ...meetings['2018-03-14'],
      minutes_approved: '2018-03-13',
      minutes_approved_via: 'email',
    };
    const files = repositoryFiles({ meetings });
    expectFindings(
      minutes,
      files,
      [
        {
          file: 'meetings/2018-03-14.md',
          ...positionOf(fileText(files, 'meetings/2018-03-14.md'), 'minutes_approved:', '2018-03-13'),
          message: /^the minutes are approved 2018-03-13, before the meeting on 2018-03-14/,
        },
      ],
      '2018-10-01',
    );
    const folder = copyFixture();
    const same = await runCli(
      ['approve', '2018-03-14', '--date', '2018-03-14', '--via', 'email', '--today', '2018-03-15'],
      {
        cwd: folder,
      },
    );
    expect(same.code, same.stderr).toBe(0);
  });

  it('an unknown party to start the rotation is a finding at it, never a rotation from the first party', () => {
    const base = agreementData();
    const files = repositoryFiles({
      agreement: { ...base, meetings: { ...(base.meetings as object), rotation: { roles: 'together', first: 'kdm' } } },
      meetings: rotatingMeetings(VALID_MEETING_DATES),
    });
    expectFindings(references, files, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(fileText(files, 'agreement/agreement.md'), 'first: kdm', 'kdm'),
        message: /^unknown party "kdm": use one of kmd, ks$/,
      },
    ]);
  });

  it("a document's title holding </title><script> is escaped in the page's <title>", () => {
    const page = toHtml('# Referat </title><script>alert(1)</script>\n');
    expect(page).toContain('<title>Referat &#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>');
    expect(page).not.toContain('<script>');
  });
});
