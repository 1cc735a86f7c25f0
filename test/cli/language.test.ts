/**
 * The CLI in the reader's language: bokmål under a Norwegian locale, English otherwise (CI logs stay
 * English unless asked), --lang above both; the same message ids in every language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

/** The 2018 records with two mistakes: a party that does not exist, and a time written the Norwegian way. */
function brokenRecords(): string {
  const folder = copyFixture();
  const march = join(folder, 'meetings', '2018-03-14.md');
  writeFileSync(march, readFileSync(march, 'utf8').replace('chair: ks', 'chair: fylket'));
  return folder;
}

describe('the language of the CLI', () => {
  it('validate speaks bokmål under LANG=nb_NO.UTF-8 and English under LANG=C.UTF-8, with the same message ids', async () => {
    const folder = brokenRecords();
    const norwegian = spawnCli(['validate', '--today', '2019-06-01'], {
      cwd: folder,
      env: { LANG: 'nb_NO.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(norwegian.code).toBe(1);
    expect(norwegian.stdout).toContain(
      'meetings/2018-03-14.md:6:8  feil  references  ukjent part «fylket»: bruk en av kmd, ks',
    );
    expect(norwegian.stdout).toContain('✖ 6 poster sjekket: 2 feil, 1 advarsel i 2 filer');
    const english = spawnCli(['validate', '--today', '2019-06-01'], {
      cwd: folder,
      env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(english.code).toBe(1);
    expect(english.stdout).toContain('meetings/2018-03-14.md:6:8  error  references  unknown party "fylket"');
    expect(english.stdout).toContain('✖ 6 records checked: 2 errors, 1 warning in 2 files');

    // The JSON through main, with the same environment: the ids are the same in both languages.
    const ids = async (env: Record<string, string>) => {
      const { stdout } = await runCli(['validate', '--format', 'json', '--today', '2019-06-01'], { cwd: folder, env });
      return (JSON.parse(stdout).findings as Array<{ message_id: string }>).map((finding) => finding.message_id);
    };
    const [norwegianIds, englishIds] = await Promise.all([ids({ LANG: 'nb_NO.UTF-8' }), ids({ LANG: 'C.UTF-8' })]);
    expect(norwegianIds).toEqual(englishIds);
    expect(englishIds).toContain('references/unknown-party');
  });

  it('takes --lang over PARTNERSHIP_LANG, and PARTNERSHIP_LANG over the locale', async () => {
    const folder = brokenRecords();
    const env = { LANG: 'nb_NO.UTF-8', PARTNERSHIP_LANG: 'en' };
    const english = await runCli(['validate', '--today', '2019-06-01'], { cwd: folder, env });
    expect(english.stdout).toContain('records checked');
    const norwegian = await runCli(['validate', '--today', '2019-06-01', '--lang', 'nb'], { cwd: folder, env });
    expect(norwegian.stdout).toContain('poster sjekket');
    // Nynorsk for the CLI: its own words for the verdict, and bokmål where it has no nynorsk text of its own.
    const nynorsk = await runCli(['validate', '--today', '2019-06-01', '--lang=nn'], { cwd: folder, env });
    expect(nynorsk.stdout).toContain('✖ 6 postar sjekka: 2 feil, 1 åtvaring i 2 filer');
    expect(nynorsk.stdout).toContain('feil  references  ukjent part «fylket»: bruk en av kmd, ks');
  });

  it('refuses, tells what it did and explains its usage in bokmål', async () => {
    const folder = copyFixture();
    const env = { LANG: 'nb_NO.UTF-8' };
    const refused = await runCli(['approve', '2018-06-12', '--date', '2018-06-20'], { cwd: folder, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'partnership: møtet 2018-06-12 er avlyst, ikke holdt: det er ikke noe referat å godkjenne\n',
    );
    const approved = await runCli(['approve', '2018-09-20', '--date', '2018-10-04', '--via', 'email'], {
      cwd: folder,
      env,
    });
    expect(approved.stdout).toBe(
      'Referatet fra 2018-09-20 er allerede ført som godkjent 2018-10-04; ingenting å gjøre.\n',
    );
    const typo = await runCli(['validate', '--strcit'], { cwd: folder, env });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^feil: ukjent valg '--strcit'\n\(Mente du --strict\?\)/);
    const date = await runCli(['next-meeting', '--today', '10.02.2025'], { cwd: folder, env });
    expect(date.stderr).toContain('--today må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD, ikke «10.02.2025»');
    const next = await runCli(['next-meeting', '--today', '2018-08-01'], { cwd: folder, env });
    expect(next.stdout).toMatch(/^Neste møte: torsdag 2018-09-20 kl\. 10:00, planlagt \(meetings\/2018-09-20\.md\)/);
    expect(next.stdout).toContain('Hvorfor:\n  - møtet 2018-09-20 er etter 2018-08-01 (ført som holdt)');
  });

  it('gives every command its help in bokmål', async () => {
    const folder = copyFixture();
    const env = { LANG: 'nb_NO.UTF-8' };
    const top = await runCli(['--help'], { cwd: folder, env });
    expect(top.stdout).toMatch(/^Bruk: partnership \[valg\] \[kommando\]/);
    expect(top.stdout).toContain('Kommandoer:');
    expect(top.stdout).toContain('sjekk alle postene mot skjemaet og avtalens regler');
    expect(top.stdout).toContain('Avslutningsstatus: 0 ferdig');
    for (const command of ['validate', 'render', 'init', 'report']) {
      const help = await runCli([command, '--help'], { cwd: folder, env });
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain('Valg:');
      expect(help.stdout, command).toContain('Felles valg:');
      expect(help.stdout, command).toContain('Eksempler:');
      expect(help.stdout, command).not.toMatch(/\b(Options|Arguments|Examples|the records)\b/);
    }
    const english = await runCli(['validate', '--help'], { cwd: folder, env: { LANG: 'C.UTF-8' } });
    expect(english.stdout).toContain("check every record against its schema and the agreement's rules");
  });
});
