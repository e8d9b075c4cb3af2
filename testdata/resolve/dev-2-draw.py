"""Seeded draw of the 300 entities behind testdata/resolve/dev-2.tsv.

Run from the repository root: python3 testdata/resolve/dev-2-draw.py
Reads only lexicons/*.tsv. Quotas are holdout-5's (250 entities) scaled by
1.2 to 300, with floors of 25 actors, 22 outlets and 18 countries.
"""
import csv
import random

SEED = 20261128
QUOTA = {'actors': 25, 'outlets': 22, 'countries': 18, 'places-admin': 82,
         'places-cities': 18, 'places-localities': 81, 'places-sites': 54}

rng = random.Random(SEED)
for f in ['actors', 'outlets', 'countries', 'places-admin', 'places-cities',
          'places-localities', 'places-sites']:
    with open(f'lexicons/{f}.tsv', encoding='utf-8') as fh:
        rows = list(csv.DictReader(fh, delimiter='\t'))
    byid = {r['id']: r for r in rows}
    for i in sorted(rng.sample(sorted(byid), QUOTA[f])):
        r = byid[i]
        print(r['id'], r['subtype'], r['name_en'], r['name_ar'], r['aliases'],
              r['parent'], sep='\t')
