import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltinTemplates } from '../src/documents/builtin.js';
import { meetingView } from '../src/documents/meeting-view.js';
import { renderTemplate, TemplateError, templateSources } from '../src/documents/templates.js';
import { renewalDocument, terminationDocument } from '../src/documents/term-view.js';
import { hasStackTrace, runCli, spawnCli } from './helpers/cli.js';
import { agreement, meeting, rotating } from './helpers/model.js';
import { copyFixture, fixturePath, PROJECT_ROOT } from './helpers/repository.js';

/** A golden file: compared exactly, and rewritten by `npm run build && npx vitest run -u` after a deliberate change. */
const golden = (name: string) => join(PROJECT_ROOT, 'test/golden', name);

/** The 2018 records with the built-in templates, not their editable copies. */
function recordsWithBuiltinTemplates(): string {
  const folder = copyFixture();
  rmSync(join(folder, 'templates'), { recursive: true, force: true });
  return folder;
}

describe('the built-in templates (golden)', () => {
  it.each([
    ['agenda', '2018-03-14', 'agenda-2018-03-14.md'],
    ['minutes', '2018-09-20', 'minutes-2018-09-20.md'],
  ])('render the %s of %s', async (document, id, file) => {
    const { code, stdout } = await runCli(['render', document, id], { cwd: recordsWithBuiltinTemplates() });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(golden(file));
  });

  it.each([
    ['agenda', '2018-03-14', 'agenda-2018-03-14.md'],
    ['minutes', '2018-09-20', 'minutes-2018-09-20.md'],
  ])('render the same %s of %s from the built CLI, where they are precompiled', async (document, id, file) => {
    const { code, stdout, stderr } = spawnCli(['render', document, id], { cwd: recordsWithBuiltinTemplates() });
    expect(code, stderr).toBe(0);
    await expect(stdout).toMatchFileSnapshot(golden(file));
  });

  it('render the renewal protocol and the termination notice', async () => {
    const terms = agreement({ signed: '2017-09-07' });
    const sources = templateSources(readBuiltinTemplates(), [], 'nb', 'nb');
    const source = (name: string) => sources.find((template) => template.name === name)!;
    const renewal = renewalDocument(terms, 2019, '2018-11-15');
    await expect(renderTemplate(source('renewal'), renewal.view, terms, renewal.on)).toMatchFileSnapshot(
      golden('renewal-2019.md'),
    );
    // A notice in January 2019 ends an agreement renewed for 2019 a month later.
    const renewed = agreement({
      extensions: [{ year: 2019, decided: '2018-11-15', notice: 'agreement/notices/2019-forlengelse.md' }],
    });
    const notice = terminationDocument(renewed, 'ks', '2019-01-31', '2019-01-31');
    await expect(renderTemplate(source('termination'), notice.view, renewed, notice.on)).toMatchFileSnapshot(
      golden('termination-2019-01-31.md'),
    );
  });
});

describe('item numbering', () => {
  const terms = agreement();
  const numbers = (meetings: ReturnType<typeof rotating>, index: number) =>
    meetingView(terms, meetings, meetings[index]!).items.map((item) => `${item.number} ${item.title}`);

  it('runs in one series through a calendar year, across its meetings, with the standing items', () => {
    const meetings = rotating(['2018-03-14', '2018-09-20']);
    expect(numbers(meetings, 0)).toEqual([
      '1/18 Godkjenning av innkalling og saksliste',
      '2/18 Kommunenes plankapasitet',
      '3/18 Eventuelt',
    ]);
    expect(numbers(meetings, 1)).toEqual([
      '4/18 Godkjenning av innkalling og saksliste',
      '5/18 Godkjenning av referat fra møtet 14.\u00a0mars 2018',
      '6/18 Kommunenes plankapasitet',
      '7/18 Eventuelt',
    ]);
  });

  it('starts again at 1 in a new year, and skips cancelled meetings', () => {
    const meetings = [
      ...rotating(['2018-09-20']),
      meeting('2018-12-03', { status: 'cancelled' }),
      ...rotating(['2019-02-01']),
    ];
    expect(numbers(meetings, 2)).toEqual([
      '1/19 Godkjenning av innkalling og saksliste',
      '2/19 Godkjenning av referat fra møtet 20.\u00a0september 2018',
      '3/19 Kommunenes plankapasitet',
      '4/19 Eventuelt',
    ]);
    expect(meetingView(terms, meetings, meetings[2]!).previous).toEqual({ id: '2018-09-20', date: '2018-09-20' });
  });
});

describe('templates', () => {
  const terms = agreement();

  it('are strict: a misspelt field is an error with its line, not a blank', () => {
    const template = {
      name: 'agenda' as const,
      language: 'nb' as const,
      file: 'templates/agenda.md.hbs',
      source: '# Innkalling\n\nTid: {{meeting.tiem}}\n',
    };
    expect(() => renderTemplate(template, { meeting: { time: '10:00' } }, terms, '2018-03-14')).toThrow(TemplateError);
    try {
      renderTemplate(template, { meeting: { time: '10:00' } }, terms, '2018-03-14');
    } catch (error) {
      expect((error as TemplateError).problem).toEqual({
        file: 'templates/agenda.md.hbs',
        line: 3,
        column: 8,
        message: {
          id: 'templates/handlebars',
          params: { detail: '"tiem" not defined in the data this template gets (see the README for the fields)' },
        },
      });
    }
  });

  it('do not escape Markdown, and offer Norwegian date and party helpers', () => {
    const template = {
      name: 'agenda' as const,
      language: 'nb' as const,
      file: 't',
      source: '{{text}} | {{date d}} | {{datetime d t}} | {{partyName p}} | {{partyShort p}}',
    };
    expect(
      renderTemplate(template, { text: '**Sak** & <b>', d: '2020-09-15', t: '10:00', p: 'ks' }, terms, '2020-09-15'),
    ).toBe(
      '**Sak** & <b> | 15.\u00a0september 2020 | tirsdag 15.\u00a0september 2020 kl.\u00a010.00 | KS – Kommunesektorens organisasjon | KS',
    );
  });

  it.each(['{{constructor.name}}', '{{__proto__.polluted}}', '{{lookup this "constructor"}}'])(
    'give no access to prototypes: %s',
    (source) => {
      const template = { name: 'agenda' as const, language: 'nb' as const, file: 't', source };
      let output: string | undefined;
      try {
        output = renderTemplate(template, {}, terms, '2018-03-14');
      } catch (error) {
        expect(error).toBeInstanceOf(TemplateError);
      }
      expect(output ?? '').not.toMatch(/Object|function/);
    },
  );

  it.each([
    ['{{shell "rm"}}', '2:1: unknown helper "shell": the helpers are date, datetime, cell, partyName or partyShort'],
    ['{{log "x"}}', '2:1: the helper "log" is not supported'],
    ['{{lookup agreement "title"}}', '2:1: the helper "lookup" is not supported'],
    ['{{> signatur}}', '2:1: partials ({{> name}}) are not supported'],
    ['{{#> layout}}x{{/layout}}', '2:1: partials ({{#> name}}) are not supported'],
    ['{{#*inline "x"}}y{{/inline}}', '2:1: decorators and inline partials ({{#* name}}) are not supported'],
    ['{{agreement.title.x.y}}', '2:3: "y" not defined in the data this template gets'],
  ])('allow only our helpers and the documented fields: %s', (expression, message) => {
    const render = () =>
      renderTemplate(
        { name: 'agenda', language: 'nb', file: 'templates/agenda.md.hbs', source: `a\n${expression}\n` },
        { agreement: { title: 'T' } },
        terms,
        '2018-03-14',
      );
    expect(render).toThrow(`templates/agenda.md.hbs:${message}`);
  });
});

describe('a referat written without case headings', () => {
  it('lists the saksliste the meeting treated above the minutes as written', async () => {
    const folder = copyFixture();
    const path = join(folder, 'meetings/2018-09-20.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      `${text.slice(0, text.indexOf('\n---\n', 4) + 5)}\nPartene drøftet plankapasiteten og ble enige om å følge opp.\n`,
    );
    const { code, stdout } = await runCli(['render', 'minutes', '2018-09-20', '--today', '2018-10-05'], {
      cwd: folder,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /\*\*Saksliste\*\*\n\n- Sak 7\/18 Godkjenning av innkalling og saksliste\n- Sak 8\/18 Godkjenning av referat fra møtet 14\.\u00a0mars 2018\n[\s\S]*- Sak \d+\/18 Eventuelt\n\nPartene drøftet plankapasiteten/,
    );
  });
});

describe('partnership render', () => {
  it('prints a complete innkalling for a shipped meeting, in a fresh clone', () => {
    const { code, stdout, stderr } = spawnCli(['render', 'agenda', '2018-09-20'], { cwd: fixturePath() });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^\*\*Kommunal- og moderniseringsdepartementet\*\*\\\nPlanavdelingen\n/);
    expect(stdout).toMatch(/^# Innkalling til samarbeidsmøte 20.\u00a0september 2018\n/m);
    for (const part of [
      '| Tid | torsdag 20.\u00a0september 2018 kl.\u00a010.00 |',
      '| Møteleder | KMD |',
      '### Sak 8/18 Godkjenning av referat fra møtet 14.\u00a0mars 2018',
      '### Sak 7/18 Godkjenning av innkalling og saksliste',
      '### Sak 12/18 Eventuelt',
      'innen 13.\u00a0september 2018',
    ]) {
      expect(stdout).toContain(part);
    }
  });

  it('writes to a file, creating folders', async () => {
    const folder = copyFixture();
    const { code, stdout } = await runCli(['render', 'minutes', '2018-03-14', '-o', 'referater/2018/2018-03-14.md'], {
      cwd: folder,
    });
    expect(code).toBe(0);
    expect(stdout).toBe('Wrote the minutes (referat) of meeting 2018-03-14 to referater/2018/2018-03-14.md\n');
    expect(readFileSync(join(folder, 'referater/2018/2018-03-14.md'), 'utf8')).toMatch(
      /^# Referat fra samarbeidsmøte 14.\u00a0mars 2018$/m,
    );
  });

  it('exits 1 for an unknown meeting, naming the nearest in date', async () => {
    const { code, stderr } = await runCli(['render', 'agenda', '2018-03-15'], { cwd: copyFixture() });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'partnership: there is no meeting "2018-03-15" (no file meetings/2018-03-15.md); the nearest in date: 2018-03-14, 2018-06-12, 2017-11-20\n',
    );
  });

  it('uses an overriding template from templates/', async () => {
    const folder = copyFixture();
    writeFileSync(
      join(folder, 'templates/agenda.md.hbs'),
      'Innkalling {{date meeting.date}}: {{#each meeting.items}}{{number}} {{/each}}\n',
    );
    const { stdout } = await runCli(['render', 'agenda', '2018-03-14'], { cwd: folder });
    expect(stdout).toBe('Innkalling 14.\u00a0mars 2018: 1/18 2/18 3/18 4/18 5/18 6/18 \n');
  });

  it('fails validate and render on a broken template, naming its file and line, with no stack trace', () => {
    const folder = copyFixture();
    writeFileSync(
      join(folder, 'templates/minutes.md.hbs'),
      '# Referat\n\n{{#each meeting.items}}\n## Sak {{number}} {{titel}}\n{{/each}}\n',
    );
    const validate = spawnCli(['validate'], { cwd: folder });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      'templates/minutes.md.hbs:4:21  error  templates  "titel" not defined in the data this template gets (see the README for the fields)',
    );
    const render = spawnCli(['render', 'minutes', '2018-03-14'], { cwd: folder });
    expect(render.code).toBe(1);
    expect(render.stderr).toBe(
      'partnership: the minutes template does not render: templates/minutes.md.hbs:4:21: "titel" not defined in the data this template gets (see the README for the fields) (partnership validate checks every template)\n',
    );
    expect(hasStackTrace(validate.stdout + validate.stderr + render.stdout + render.stderr)).toBe(false);
  });

  it('reports a template that does not parse at its line', () => {
    const folder = copyFixture();
    writeFileSync(
      join(folder, 'templates/agenda.md.hbs'),
      '# Innkalling\n\n{{#each meeting.items}}\n{{title}\n{{/each}}\n',
    );
    const { code, stdout } = spawnCli(['validate', '--format', 'json'], { cwd: folder });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toContainEqual(
      expect.objectContaining({
        file: 'templates/agenda.md.hbs',
        line: 4,
        rule: 'templates',
        message:
          'the template does not parse near "ting.items}}{{title}{{/each}}": check that every {{ has its }} and every {{#block}} its {{/block}}',
      }),
    );
  });
});
