#!/usr/bin/env python3
"""tune: set the segmenter's weights on the tuning split by coordinate search.

  tune.py [--segdump PATH] [--units DIR] [--rounds N] [--only W_A,W_B]
          [--write] DIR

DIR holds tuning-split pages (pagegen.py --split tuning); never point it
at the confirm or check split (score a result there afterwards). The weights and their defaults are read from
src/segment-weights.c; each is tried at several values in turn (zero,
half, one and a half, twice, and a step either side), the rest held, and
kept where fewer golden checks of the bundled issues, articles of
tests/data/pages and checks of the segmenter's unit tests (test-segment,
test-segment-stages in --units, built from the same source as --segdump)
come out wrong (SPEC's golden file, work item 9's "no worse than today"
and the shapes the unit tests pin are constraints of the product, not
targets), or as many and the objective grows:

  J = body + titles + meta + para - 2 * extra / articles
(eval.py's figures). Runs go through tests/segdump with
LREADER_SEGMENT_WEIGHTS set. Prints each change and the final weights;
--write puts them back into src/segment-weights.c.
"""
import os, re, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import eval as ev  # noqa: E402

TOP = os.path.join(HERE, '..', '..')
WEIGHTS = os.path.join(TOP, 'src', 'segment-weights.c')
LINE = re.compile(r'WEIGHT\((W_\w+), (-?[0-9.]+)\)')


def read_weights():
    return {m.group(1): float(m.group(2))
            for m in LINE.finditer(open(WEIGHTS).read())}


def env_for(w):
    env = dict(os.environ)
    env['LREADER_SEGMENT_WEIGHTS'] = ','.join('%s=%g' % kv for kv in w.items())
    return env


def golden_failures(segdump, w):
    """How many checks of tests/golden-check fail on the bundled issues."""
    import subprocess, tempfile
    issues = os.path.join(TOP, 'assets', 'issues')
    args = []
    with tempfile.TemporaryDirectory() as d:
        for f in sorted(os.listdir(issues)):
            out = os.path.join(d, f + '.jsonl')
            with open(out, 'w') as o:
                subprocess.run([segdump, os.path.join(issues, f)], stdout=o,
                               env=env_for(w))
            args += [f, out]
        r = subprocess.run([os.path.join(TOP, 'tests', 'golden-check'),
                            os.path.join(TOP, 'tests', 'data', 'seeds.json')] + args,
                           capture_output=True)
    return sum(1 for l in r.stdout.splitlines() if l.startswith(b'not ok'))


def pages_failures(segdump, w):
    """How many articles of tests/data/pages do not come out exactly."""
    import subprocess, tempfile
    pdir = os.path.join(TOP, 'tests', 'data', 'pages')
    todo = {}
    for line in open(os.path.join(pdir, 'TODO'), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            f = line.split('#')[0].split()
            todo[f[0]] = f[1:]
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        for f in sorted(os.listdir(pdir)):
            if not f.endswith('.txt'):
                continue
            out = os.path.join(d, f + '.jsonl')
            with open(out, 'w') as o:
                subprocess.run([segdump, os.path.join(pdir, f)], stdout=o,
                               env=env_for(w))
            r = subprocess.run([os.path.join(TOP, 'tests', 'pages-check'), f[:-4],
                                os.path.join(pdir, f[:-4] + '.json'), out] + todo.get(f[:-4], []),
                               capture_output=True)
            bad += sum(1 for l in r.stdout.splitlines()
                       if l.startswith(b'not ok') and b'# TODO' not in l)
    return bad


def unit_failures(units, w):
    """How many checks of the segmenter's unit tests fail."""
    import subprocess
    bad = 0
    for t in ('test-segment', 'test-segment-stages'):
        r = subprocess.run([os.path.join(units, t)], capture_output=True,
                           env=env_for(w))
        bad += sum(1 for l in r.stdout.splitlines()
                   if l.startswith(b'not ok') and b'# TODO' not in l)
        bad += r.returncode < 0   # a crash
    return bad


def failures(segdump, units, w):
    g, p, u = golden_failures(segdump, w), pages_failures(segdump, w), unit_failures(units, w)
    return g + p + u, (g, p, u)


def objective(segdump, pages, w):
    env = env_for(w)
    f = ev.figures(ev.score_all(pages, ev.segdump_all(segdump, pages, env)))
    j = f['body'] + f['titles'] + f['meta'] + f['para'] - 2.0 * f['extra'] / max(1, f['articles'])
    return j, f


def candidates(v):
    step = max(0.5, abs(v) * 0.25)
    out = {0.0, v * 0.5, v * 1.5, v * 2, v + step, v - step}
    out.discard(v)
    return sorted(round(x, 3) for x in out)


def main():
    args = sys.argv[1:]
    segdump, rounds, only, write = './tests/segdump', 2, None, False
    units = os.path.join(TOP, 'tests', 'unit')

    def opt(name):
        k = args.index(name)
        v = args[k + 1]
        del args[k:k + 2]
        return v
    if '--segdump' in args:
        segdump = opt('--segdump')
    if '--units' in args:
        units = opt('--units')
    if '--rounds' in args:
        rounds = int(opt('--rounds'))
    if '--only' in args:
        only = opt('--only').split(',')
    if '--write' in args:
        args.remove('--write')
        write = True
    if len(args) != 1:
        sys.exit(__doc__)
    pages = sorted(os.path.abspath(os.path.join(args[0], f))
                   for f in os.listdir(args[0]) if f.endswith('.txt'))
    w = read_weights()
    best, f = objective(segdump, pages, w)
    fails, parts = failures(segdump, units, w)
    print('start J=%.4f failures (golden, pages, unit) %s %s' % (best, parts, f),
          flush=True)
    t0 = time.time()
    for r in range(rounds):
        changed = False
        for name in (only or list(w)):
            for v in candidates(w[name]):
                trial = dict(w)
                trial[name] = v
                n, parts = failures(segdump, units, trial)
                if n > fails:
                    continue
                j, f = objective(segdump, pages, trial)
                if n == fails and j <= best + 1e-4:
                    continue
                print('%6.0fs %s %g -> %g: J=%.4f body=%.3f titles=%.2f meta=%.2f para=%.2f extra=%d failures=%s' % (
                    time.time() - t0, name, w[name], v, j, f['body'], f['titles'],
                    f['meta'], f['para'], f['extra'], parts), flush=True)
                best, w, fails, changed = j, trial, n, True
        if not changed:
            break
    print('final J=%.4f' % best)
    print(','.join('%s=%g' % kv for kv in w.items()))
    if write:
        text = open(WEIGHTS).read()
        text = LINE.sub(lambda m: 'WEIGHT(%s, %s)' % (m.group(1), repr(float(w[m.group(1)]))), text)
        open(WEIGHTS, 'w').write(text)


if __name__ == '__main__':
    main()
