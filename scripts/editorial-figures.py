#!/usr/bin/env python3
"""Editorial figures of the deck SlideBuilder makes from a notes file (issue 9's acceptance).

usage: scripts/editorial-figures.py NOTES... [--cli "dotnet run --project src/SlideBuilder.Cli --"]

Builds each notes file into a temporary folder, opens the .pptx (zip + XML, nothing of SlideBuilder's
own code) and prints one line of figures per notes file:

  fragments   titles that are the first words of a sentence of the notes, cut without punctuation
              (a title that is a whole line of the notes, a heading the speaker wrote, is not one)
  dangling    titles ending on a function word (headings the speaker wrote are listed apart)
  over40      content slides with more than 40 words (counted as \\w+ runs, as an audience reads)
  comma       bullets ending in a comma or semicolon
  quotes      quotations of <stem>.truth.json complete in the notes / attributed on their slide
  sections    section headings of the truth file that are section slides
  conserved   words of the notes found on a slide or in the notes (front matter and figure blocks aside)
  words       median and maximum words on a content slide
  minutes     the talk's speaking time from the build's summary line
Exit code 0 always: this prints figures, it does not judge.
"""
import collections, json, os, re, shlex, statistics, subprocess, sys, tempfile, zipfile
import xml.etree.ElementTree as ET

NS = {'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
      'p': 'http://schemas.openxmlformats.org/presentationml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
FUNCTION = set('''a an the of to in on at by for from with as and or but nor that which who whom whose this these those
its their his her our your my is are was were be been being has have had do does did not no so than then if when while where
because although though into onto upon about over under between among through during before after against without within
such same other another very more most less least some any each every both either neither'''.split())


def words(s):
    return re.findall(r'\w+', s.lower())


def slides_of(pptx):
    z = zipfile.ZipFile(pptx)
    pres = ET.fromstring(z.read('ppt/presentation.xml'))
    rels = ET.fromstring(z.read('ppt/_rels/presentation.xml.rels'))
    target = {r.get('Id'): r.get('Target') for r in rels}
    out = []
    for sid in pres.find('p:sldIdLst', NS):
        t = target[sid.get('{%s}id' % NS['r'])]
        path = t.lstrip('/') if t.startswith('/') else 'ppt/' + t
        root = ET.fromstring(z.read(path))
        srels = ET.fromstring(z.read(path.replace('slides/', 'slides/_rels/') + '.rels'))
        layout = notes = ''
        for r in srels:
            t = r.get('Target')
            if t.endswith('.xml') and 'slideLayout' in t:
                lay = ET.fromstring(z.read('ppt/slideLayouts/' + os.path.basename(t)))
                layout = lay.find('p:cSld', NS).get('name', '')
            if 'notesSlide' in t:
                nroot = ET.fromstring(z.read('ppt/notesSlides/' + os.path.basename(t)))
                for sp in nroot.iter('{%s}sp' % NS['p']):
                    ph = sp.find('.//p:ph', NS)
                    if ph is not None and ph.get('type') == 'body':
                        notes = '\n'.join(''.join(t.text or '' for t in para.iter('{%s}t' % NS['a'])) for para in sp.iter('{%s}p' % NS['a']))
        title, body = '', []
        for sp in root.iter('{%s}sp' % NS['p']):
            ph = sp.find('.//p:ph', NS)
            paras = [''.join(t.text or '' for t in para.iter('{%s}t' % NS['a'])) for para in sp.iter('{%s}p' % NS['a'])]
            if ph is not None and ph.get('type') in ('title', 'ctrTitle'):
                title = ' '.join(paras).strip()
            elif ph is not None and ph.get('type') == 'sldNum':
                continue
            else:
                body += [p for p in paras if p.strip()]
        pics = len(list(root.iter('{%s}pic' % NS['p'])))
        out.append(dict(title=title, body=body, notes=notes, layout=layout, pictures=pics))
    return out


def figures(notes_path, cli):
    text = open(notes_path, encoding='utf-8').read()
    stem = os.path.splitext(os.path.basename(notes_path))[0]
    truth_path = os.path.splitext(notes_path)[0] + '.truth.json'
    truth = json.load(open(truth_path)) if os.path.exists(truth_path) else {}
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(shlex.split(cli) + ['build', notes_path, '-o', out, '--format', 'pptx'], capture_output=True, text=True)
        pptx = os.path.join(out, stem + '.pptx')
        if not os.path.exists(pptx):
            return f'{notes_path}: no deck ({run.stderr.strip().splitlines()[-1] if run.stderr.strip() else run.returncode})'
        S = slides_of(pptx)
    minutes = re.search(r'(about \d+ min|under a minute) to speak', run.stdout)
    body = re.sub(r'^---\n.*?\n---\n', '', text, flags=re.S)
    body_no_figures = re.sub(r'```figure.*?```', '', body, flags=re.S)
    numbering = r'^(#+\s*)?(\d{1,2}[.)]|[IVXLC]{1,6}[.)]|(part|chapter|section)\s+\w+\s*[.:)]?\s*[–—-]?)?\s*'
    lines = {' '.join(words(re.sub(numbering, '', l, flags=re.I))) for l in body.splitlines() if l.strip()}
    flat = re.sub(r'\s+', ' ', body)
    sentences = [' '.join(words(x)) for x in re.split(r'(?<=[.!?…])["”»’]?\s+|\n\s*\n', body) if x.strip()]
    raw = [x.strip() for x in re.split(r'(?<=[.!?…])["”»’]?\s+|\n\s*\n', body) if x.strip()]

    content = [s for s in S[1:] if s['title']]
    frag, dangling, author_dangling = [], [], []
    for s in content:
        t = re.sub(r'\s*\(\d+/\d+\)$', '', s['title'])
        tw = words(t)
        if not tw:
            continue
        if ' '.join(tw) not in lines:
            for r, sn in zip(raw, sentences):
                sw = sn.split()
                if len(sw) > len(tw) and sw[:len(tw)] == tw:
                    rw = r.split()
                    if len(rw) >= len(tw) and not re.search(r'[,;:–—)]$', rw[len(tw) - 1]):
                        frag.append(t)
                        break
        if tw[-1] in FUNCTION and ' '.join(tw) not in lines:
            dangling.append(t)
        elif tw[-1] in FUNCTION:
            author_dangling.append(t)
    text_slides = [s for s in S[1:] if not s['pictures'] and not s['layout'].lower().startswith(('quot', 'section', 'title slide', 'title only'))]
    counts = [len(words(' '.join(s['body']))) for s in text_slides]
    over = [c for c in counts if c > 40]
    comma = [l for s in S for b in s['body'] for l in b.split('\n') if re.search(r'[,;]\s*$', l)]
    notes_all = ' '.join(words(' '.join(s['notes'] for s in S)))
    have = collections.Counter(words(' '.join(s['title'] + ' ' + ' '.join(s['body']) for s in S)) + notes_all.split())
    want = collections.Counter(words(re.sub(r'^:::.*$', '', body_no_figures, flags=re.M)))
    lost = sum((want - have).values())
    quotes = truth.get('quotations', [])
    complete = sum(1 for q in quotes if ' '.join(words(q['first'])) in notes_all and ' '.join(words(q['last'])) in notes_all)
    named = [q for q in quotes if q.get('by')]
    attributed = 0
    for q in named:
        first = ' '.join(words(q['first']))
        home = [s for s in S if first in ' '.join(words(s['notes']))]
        attributed += any(' '.join(words(q['by'])) in ' '.join(words(s['title'] + ' ' + ' '.join(s['body']))) for s in home)
    sections = truth.get('sections', [])
    # A section heading is a section slide; in Markdown whose headings are all slide titles, a slide title.
    section_titles = {' '.join(words(s['title'])) for s in S if s['layout'].lower().startswith('section')}
    if not section_titles:
        section_titles = {' '.join(words(s['title'])) for s in S}
    found = sum(1 for h in sections if ' '.join(words(re.sub(r'^(\d+[.)]|[IVX]+[.)]|part \w+:|chapter \d+\s*[–—:.-]?)\s*', '', h, flags=re.I))) in section_titles)
    med = statistics.median(counts) if counts else 0
    return (f'{notes_path}: slides {len(S)}, fragments {len(frag)}/{len(content)}, dangling {len(dangling)}, over40 {len(over)}, '
            f'comma {len(comma)}, quotes {complete}/{len(quotes)} complete {attributed}/{len(named)} attributed, '
            f'sections {found}/{len(sections)}, conserved {sum(want.values()) - lost}/{sum(want.values())}, '
            f'words median {med:g} max {max(counts) if counts else 0}, {minutes.group(0) if minutes else "no timing"}'
            + (f'\n    fragments: {frag[:4]}' if frag else '')
            + (f'\n    headings as the speaker wrote them, ending on a function word: {author_dangling[:4]}' if author_dangling else '') + (f'\n    dangling: {dangling[:4]}' if dangling else ''))


def main(argv):
    cli = 'dotnet run --project src/SlideBuilder.Cli --'
    if '--cli' in argv:
        i = argv.index('--cli'); cli = argv[i + 1]; argv = argv[:i] + argv[i + 2:]
    for n in argv:
        print(figures(n, cli), flush=True)


if __name__ == '__main__':
    main(sys.argv[1:])
