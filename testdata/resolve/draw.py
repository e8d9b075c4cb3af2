"""Seeded draws of the entities behind the hand-made sets dev-2 to dev-86 and holdout-6 to holdout-20.

Run from the repository root: python3 testdata/resolve/draw.py dev-2|...|dev-86|holdout-6|...|holdout-20
Reads only lexicons/*.tsv and prints one entity a line. Each draw is one random.Random(seed) and sample() over the
sorted ids of each lexicon file in turn. The quotas are holdout-5's (250 entities); dev-2's are scaled by 1.2 to
300, with floors of 25 actors, 22 outlets and 18 countries.
"""
import csv
import random
import sys

FILES = ['actors', 'outlets', 'countries', 'places-admin', 'places-cities', 'places-localities', 'places-sites']
HOLDOUT_5 = {'actors': 21, 'outlets': 19, 'countries': 15, 'places-admin': 68,
             'places-cities': 15, 'places-localities': 67, 'places-sites': 45}
DRAWS = {
    'dev-2': (20261128, {'actors': 25, 'outlets': 22, 'countries': 18, 'places-admin': 82,
                         'places-cities': 18, 'places-localities': 81, 'places-sites': 54}),
    'dev-3': (20261201, HOLDOUT_5),
    'holdout-6': (20261202, HOLDOUT_5),
    'dev-4': (20261210, HOLDOUT_5),
    'holdout-7': (20261211, HOLDOUT_5),
    'dev-5': (20261220, HOLDOUT_5),
    'dev-6': (20261230, HOLDOUT_5),
    'dev-7': (20261231, HOLDOUT_5),
    'dev-8': (20261240, HOLDOUT_5),
    'dev-9': (20261241, HOLDOUT_5),
    'holdout-8': (20261242, HOLDOUT_5),
    'dev-10': (20261250, HOLDOUT_5),
    'dev-11': (20261251, HOLDOUT_5),
    'holdout-9': (20261252, HOLDOUT_5),
    'dev-12': (20261260, HOLDOUT_5),
    'dev-13': (20261261, HOLDOUT_5),
    'holdout-10': (20261262, HOLDOUT_5),
    'dev-14': (20261270, HOLDOUT_5),
    'dev-15': (20261271, HOLDOUT_5),
    'holdout-11': (20261272, HOLDOUT_5),
    'dev-16': (20261280, HOLDOUT_5),
    'dev-17': (20261281, HOLDOUT_5),
    'holdout-12': (20261282, HOLDOUT_5),
    'dev-18': (20261290, HOLDOUT_5),
    'dev-19': (20261291, HOLDOUT_5),
    'holdout-13': (20261292, HOLDOUT_5),
    'dev-20': (20261300, HOLDOUT_5),
    'holdout-14': (20261302, HOLDOUT_5),
    'dev-21': (20261310, HOLDOUT_5),
    'dev-22': (20261311, HOLDOUT_5),
    'dev-23': (20261320, HOLDOUT_5),
    'holdout-15': (20261321, HOLDOUT_5),
    'dev-24': (20261330, HOLDOUT_5),
    'holdout-16': (20261331, HOLDOUT_5),
    'dev-25': (20261340, HOLDOUT_5),
    'holdout-17': (20261341, HOLDOUT_5),
    'dev-26': (20261350, HOLDOUT_5),
    'holdout-18': (20261351, HOLDOUT_5),
    'dev-27': (20261360, HOLDOUT_5),
    'holdout-19': (20261361, HOLDOUT_5),
    'dev-28': (20261370, HOLDOUT_5),
    'holdout-20': (20261371, HOLDOUT_5),
    'dev-29': (20261380, HOLDOUT_5),
    'dev-30': (20261381, HOLDOUT_5),
    'dev-31': (20261390, HOLDOUT_5),
    'dev-32': (20261391, HOLDOUT_5),
    'dev-33': (20261400, HOLDOUT_5),
    'dev-34': (20261401, HOLDOUT_5),
    'dev-35': (20261410, HOLDOUT_5),
    'dev-36': (20261411, HOLDOUT_5),
    'dev-37': (20261420, HOLDOUT_5),
    'dev-38': (20261421, HOLDOUT_5),
    'dev-39': (20261430, HOLDOUT_5),
    'dev-40': (20261431, HOLDOUT_5),
    'dev-41': (20261440, HOLDOUT_5),
    'dev-42': (20261441, HOLDOUT_5),
    'dev-43': (20261450, HOLDOUT_5),
    'dev-44': (20261451, HOLDOUT_5),
    'dev-45': (20261460, HOLDOUT_5),
    'dev-46': (20261461, HOLDOUT_5),
    'dev-47': (20261470, HOLDOUT_5),
    'dev-48': (20261471, HOLDOUT_5),
    'dev-49': (20261480, HOLDOUT_5),
    'dev-50': (20261481, HOLDOUT_5),
    'dev-51': (20261490, HOLDOUT_5),
    'dev-52': (20261491, HOLDOUT_5),
    'dev-53': (20261500, HOLDOUT_5),
    'dev-54': (20261501, HOLDOUT_5),
    'dev-55': (20261510, HOLDOUT_5),
    'dev-56': (20261511, HOLDOUT_5),
    'dev-57': (20261520, HOLDOUT_5),
    'dev-58': (20261521, HOLDOUT_5),
    'dev-59': (20261530, HOLDOUT_5),
    'dev-60': (20261531, HOLDOUT_5),
    'dev-61': (20261540, HOLDOUT_5),
    'dev-62': (20261541, HOLDOUT_5),
    'dev-63': (20261550, HOLDOUT_5),
    'dev-64': (20261551, HOLDOUT_5),
    'dev-65': (20261560, HOLDOUT_5),
    'dev-66': (20261561, HOLDOUT_5),
    'dev-67': (20261570, HOLDOUT_5),
    'dev-68': (20261571, HOLDOUT_5),
    'dev-69': (20261580, HOLDOUT_5),
    'dev-70': (20261581, HOLDOUT_5),
    'dev-71': (20261590, HOLDOUT_5),
    'dev-72': (20261591, HOLDOUT_5),
    'dev-73': (20261600, HOLDOUT_5),
    'dev-74': (20261601, HOLDOUT_5),
    'dev-75': (20261610, HOLDOUT_5),
    'dev-76': (20261611, HOLDOUT_5),
    'dev-77': (20261620, HOLDOUT_5),
    'dev-78': (20261621, HOLDOUT_5),
    'dev-79': (20261630, HOLDOUT_5),
    'dev-80': (20261631, HOLDOUT_5),
    'dev-81': (20261640, HOLDOUT_5),
    'dev-82': (20261641, HOLDOUT_5),
    'dev-83': (20261650, HOLDOUT_5),
    'dev-84': (20261651, HOLDOUT_5),
    'dev-85': (20261660, HOLDOUT_5),
    'dev-86': (20261661, HOLDOUT_5),
}

seed, quota = DRAWS[sys.argv[1]]
rng = random.Random(seed)
for f in FILES:
    with open(f'lexicons/{f}.tsv', encoding='utf-8') as fh:
        rows = list(csv.DictReader(fh, delimiter='\t'))
    byid = {r['id']: r for r in rows}
    for i in sorted(rng.sample(sorted(byid), quota[f])):
        r = byid[i]
        print(r['id'], r['subtype'], r['name_en'], r['name_ar'], r['aliases'], r['parent'], sep='\t')
