import { describe, expect, it } from 'vitest';
import { partiesOn, partyFullName, partyLabel, partyOn, partyShortName } from '../../src/model/parties.js';
import { PARTIES } from '../helpers/fixtures.js';
import { agreement } from '../helpers/model.js';

const renamed = agreement({
  parties: [
    {
      ...PARTIES[0],
      changes: [
        { from: '2022-01-01', name: 'Kommunal- og distriktsdepartementet', short: 'KDD' },
        { from: '2018-01-17', signatory: { name: 'Monica Mæland', title: 'kommunal- og moderniseringsminister' } },
      ],
    },
    PARTIES[1],
  ],
});

describe('a party on a date', () => {
  it('has the name, short name and signatory in force that day, each changing only from its date', () => {
    expect(partyOn(renamed, 'kmd', '2017-12-31')).toMatchObject({ short: 'KMD', signatory: { name: 'Statsråd' } });
    expect(partyOn(renamed, 'kmd', '2018-01-17')).toMatchObject({ short: 'KMD', signatory: { name: 'Monica Mæland' } });
    expect(partyOn(renamed, 'kmd', '2022-01-01')).toMatchObject({
      name: 'Kommunal- og distriktsdepartementet',
      short: 'KDD',
      signatory: { name: 'Monica Mæland' },
    });
    expect(partyShortName(renamed, 'kmd', '2021-12-31')).toBe('KMD');
    expect(partyFullName(renamed, 'kmd', '2022-06-01')).toBe('Kommunal- og distriktsdepartementet');
    expect(partyLabel(renamed, 'kmd', '2022-06-01')).toBe('KDD (Kommunal- og distriktsdepartementet)');
    expect(partiesOn(renamed, '2022-06-01').map((party) => party.short)).toEqual(['KDD', 'KS']);
  });

  it('names an unknown party by its id', () => {
    expect(partyShortName(renamed, 'kdd', '2022-06-01')).toBe('kdd');
  });
});
