"""Seeded draw of the 250 entities behind testdata/resolve/dev-3.tsv (a development set).

Run from the repository root: python3 testdata/resolve/dev-3-draw.py
Reads only lexicons/*.tsv. Quotas are holdout-5's (250 entities).
"""
import csv
import random

SEED = 20261201
QUOTA = {'actors': 21, 'outlets': 19, 'countries': 15, 'places-admin': 68,
         'places-cities': 15, 'places-localities': 67, 'places-sites': 45}

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
