import re,glob,os,json,sys
C='/work/shared/corpora'
SENT=re.compile(r'(?<!U\.S\.)(?:(?<=[.!?][”"’)])|(?<=[.!?]))\s+(?=[A-Z“"‘(])')
files=[]
for pat in ['polnear/dev/text/*.txt','polnear/annotator-training/text/*.txt','reuters21578/with_byline/*.txt','reuters21578/no_byline/*.txt','bbc-news-2005/*/*.txt','article-extraction-benchmark/text/*.txt']:
  files+=sorted(glob.glob(C+'/'+pat))
P=[]  # (src, relfile, para)
SRCN={'polnear':'polnear','reuters21578':'reuters','bbc-news-2005':'bbc','article-extraction-benchmark':'aeb'}
for f in files:
  rel=f.replace(C+'/','')
  t=open(f,encoding='utf-8',errors='replace').read().replace('\r\n','\n')
  for p in re.split(r'\n\s*\n',t):
    pp=' '.join(p.split())
    if pp: P.append((SRCN[rel.split('/')[0]],rel,pp))
for f in sorted(glob.glob(C+'/clef2019-checkthat-task1/*/*.tsv')):
  rel=f.replace(C+'/','')
  for line in open(f,encoding='utf-8'):
    c=line.rstrip('\n').split('\t')
    if len(c)>=3: P.append(('clef',rel,' '.join(c[2].split())))
rel='claimbuster-2.5xncs/sentences.tsv'
for line in open(C+'/'+rel,encoding='utf-8'):
  c=line.rstrip('\n').split('\t')
  if len(c)>=3 and c[0]!='sentence_id': P.append(('claimbuster',rel,' '.join(c[2].split())))
import random
cases=[l for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'cases.spec'),encoding='utf-8').read().split('\n') if l.strip() and not l.startswith('#')]
random.seed(2);random.shuffle(cases)
out=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(out,exist_ok=True)
man=[]; cnt={}; errs=0; used=set()
for l in cases:
  f=l.split(' || ')
  lab,cls,kind,key=f[0],f[1],f[2],f[3]
  edits=f[4:]
  hits=[x for x in P if key in x[2]]
  if not hits: print('NOTFOUND',key); errs+=1; continue
  src,relf,para=hits[0]
  sents=[s for s in SENT.split(para) if s]
  si=[i for i,s in enumerate(sents) if key in s]
  if not si: print('NOSENT',key); errs+=1; continue
  s=sents[si[0]]
  if (relf,s,tuple(edits)) in used: print('DUP',key); errs+=1; continue
  used.add((relf,s,tuple(edits)))
  ns=s
  for e in edits:
    a,b=e.split(' => ') if ' => ' in e else (e,'')
    b=b.replace('<>','')
    if a not in ns: print('EDITFAIL',key,'|',a); errs+=1
    ns=ns.replace(a,b,1)
  ns=ns.replace('  ',' ').strip()
  if ns and ns[0].islower(): ns=ns[0].upper()+ns[1:]
  mark='CL0002' if lab=='+' else '!CL0002'
  # rebuild paragraph: replace the sentence span
  idx=para.index(s)
  newp=para[:idx]+'⟦'+mark+'|'+ns+'⟧'+para[idx+len(s):]
  if len(newp)>1300: print('LONG',len(newp),key)
  cnt[src]=cnt.get(src,0)+1
  fn='c2-%s-%03d.txt'%(src,cnt[src])
  open(os.path.join(out,fn),'w',encoding='utf-8').write(newp+'\n')
  man.append((fn,'must-flag' if lab=='+' else 'must-not',cls,'mutated' if kind.startswith('mut') else 'natural',kind,relf))
with open(out+'/manifest.tsv','w') as m:
  m.write('file\tlabel\tclass\torigin\tkind\tsource\n')
  for r in man: m.write('\t'.join(r)+'\n')
print('written',len(man),'errs',errs)
from collections import Counter
print(Counter((r[1],r[3]) for r in man)); print(Counter((r[1],r[2]) for r in man)); print(Counter(r[5].split('/')[0] for r in man))
