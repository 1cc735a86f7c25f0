import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actions } from '../../src/rules/actions.js';
import { references } from '../../src/rules/references.js';
import { runCli } from '../helpers/cli.js';
import { fileText, positionOf, repositoryFiles, rotatingMeetings, VALID_MEETING_DATES } from '../helpers/fixtures.js';
import { copyFixture, temporaryFolder } from '../helpers/repository.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const FUS = {
  text: 'KS tar initiativ til et møte med FUS',
  item: '3/18',
  responsible: ['ks'],
  due: '2018-12-31',
  done: null,
};

function withActions(list: object[]) {
  const meetings = rotatingMeetings(VALID_MEETING_DATES);
  meetings['2018-03-14'] = { ...meetings['2018-03-14'], actions: list };
  return repositoryFiles({ meetings });
}

describe('actions', () => {
  it('accepts an open action before its due date, and one done', () => {
    expectValid(actions, withActions([FUS, { ...FUS, due: '2018-06-01', done: '2018-05-20' }]), '2018-10-01');
  });

  it('reports an agenda item the meeting did not have; an unknown party is the references rule’s, once', () => {
    const files = withActions([{ ...FUS, responsible: ['fylket'], item: 4 }]);
    const text = fileText(files, 'meetings/2018-03-14.md');
    expectFindings(
      references,
      files,
      [
        {
          file: 'meetings/2018-03-14.md',
          ...positionOf(text, '- fylket', 'fylket'),
          id: 'references/unknown-party',
        },
      ],
      '2018-10-01',
    );
    expectFindings(
      actions,
      files,
      [
        {
          file: 'meetings/2018-03-14.md',
          ...positionOf(text, 'item: 4', '4'),
          id: 'actions/no-such-item',
        },
      ],
      '2018-10-01',
    );
  });

  it('takes the case number as the documents print it, and reports one the saksliste does not have', () => {
    const files = withActions([{ ...FUS, item: '9/18' }]);
    expectFindings(
      actions,
      files,
      [
        {
          file: 'meetings/2018-03-14.md',
          ...positionOf(fileText(files, 'meetings/2018-03-14.md'), 'item: 9/18', '9/18'),
          id: 'actions/no-such-case',
        },
      ],
      '2018-10-01',
    );
  });

  it('warns when a plain number is an agenda entry the documents print as another case', () => {
    const files = withActions([{ ...FUS, item: 1 }]);
    expectFindings(
      actions,
      files,
      [
        {
          file: 'meetings/2018-03-14.md',
          ...positionOf(fileText(files, 'meetings/2018-03-14.md'), 'item: 1', '1'),
          severity: 'warning',
          id: 'actions/item-printed-otherwise',
        },
      ],
      '2018-10-01',
    );
  });

  it('warns about an open action past its due date, which status lists until it is done', async () => {
    const files = withActions([FUS]);
    expectFindings(
      actions,
      files,
      [
        {
          file: 'meetings/2018-03-14.md',
          ...positionOf(fileText(files, 'meetings/2018-03-14.md'), 'due: 2018-12-31', '2018-12-31'),
          severity: 'warning',
          id: 'actions/overdue',
        },
      ],
      '2019-01-15',
    );
    const folder = temporaryFolder();
    for (const file of files) {
      mkdirSync(dirname(join(folder, file.path)), { recursive: true });
      writeFileSync(join(folder, file.path), file.text);
    }
    const status = await runCli(['status', '--today', '2018-12-01'], { cwd: folder });
    expect(status.stdout).toContain('KS tar initiativ til et møte med FUS; KS, due 2018-12-31 (meeting 2018-03-14)');
    const done = withActions([{ ...FUS, done: '2018-11-30' }]);
    writeFileSync(join(folder, 'meetings/2018-03-14.md'), fileText(done, 'meetings/2018-03-14.md'));
    expect((await runCli(['status', '--today', '2018-12-01'], { cwd: folder })).stdout).not.toContain('FUS');
  });

  it("puts an open action on the next meeting's agenda, under its own item in the minutes, and off the agenda once done", async () => {
    const folder = copyFixture();
    const meeting = join(folder, 'meetings/2018-03-14.md');
    const action =
      '  - { text: KS tar initiativ til et møte med FUS, item: 1, responsible: [ks], due: 2018-08-31, done: null }';
    writeFileSync(
      meeting,
      readFileSync(meeting, 'utf8').replace('minutes_approved:', `actions:\n${action}\nminutes_approved:`),
    );
    const agenda = (await runCli(['render', 'agenda', '2018-09-20'], { cwd: folder })).stdout;
    expect(agenda).toMatch(
      /### Sak \d+\/18 Oppfølging fra tidligere møter\n\n\| Sak \| Oppfølgingspunkt \| Ansvar \| Frist \|\n\| --- \| --- \| --- \| --- \|\n\| 3\/18 \| KS tar initiativ til et møte med FUS \| KS \| 31.\u00a0august 2018 \|/,
    );
    const referat = (await runCli(['render', 'minutes', '2018-03-14'], { cwd: folder })).stdout;
    expect(referat).toMatch(
      /\*\*Oppfølgingspunkter\*\*\n\n\| Sak \| Oppfølgingspunkt \| Ansvar \| Frist \|\n\| --- \| --- \| --- \| --- \|\n\| 3\/18 \| KS tar initiativ til et møte med FUS \| KS \| 31.\u00a0august 2018 \|/,
    );
    // Without minutes written, the skeleton lists it under its own item.
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n'));
    const skeleton = (await runCli(['render', 'minutes', '2018-03-14'], { cwd: folder })).stdout;
    expect(skeleton).toMatch(
      /## Sak 3\/18 Kommunenes plankapasitet – kartlegging\n\nKonklusjon:\n\nOppfølgingspunkter:\n\n\| Oppfølgingspunkt \| Ansvar \| Frist \|\n\| --- \| --- \| --- \|\n\| KS tar initiativ til et møte med FUS \| KS \| 31.\u00a0august 2018 \|/,
    );
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('done: null }', 'done: 2018-06-01 }'));
    expect((await runCli(['render', 'agenda', '2018-09-20'], { cwd: folder })).stdout).not.toContain(
      'Oppfølging fra tidligere møter',
    );
  });
});
