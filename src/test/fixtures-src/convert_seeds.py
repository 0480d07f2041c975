"""Converts seeds 000 (Barnet) and 001 (Hammersmith & Fulham) into the CSV files a council would keep.

Run from the repository root: python3 src/test/fixtures-src/convert_seeds.py /work/shared/seeds
The XLSX twins are written by MakeFixtureWorkbooks.java from these CSV files.
Seed 000's extraction shifted some rows by a blank cell; those rows are re-aligned by hand below
(each value put in the column its meaning belongs to). Scores are kept exactly as the sheet wrote them.
"""
import csv, glob, re, sys, os

seeds = sys.argv[1]
out = "src/test/resources/importer"

def lines(prefix):
    with open(glob.glob(os.path.join(seeds, prefix + "_*.txt"))[0], encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]

# ---------------------------------------------------------------- seed 000, improvement plan
s0 = lines("000")
HEAD = s0[4].split("\t")[:19]
assert HEAD[0] == "Comment from SEND inspection" and HEAD[18] == "Notes", HEAD
rows = []
for n in range(5, 25):                       # file lines 6..25
    f = s0[n].split("\t") + [""] * 25
    line = n + 1
    if line in (6, 7, 8, 9, 10, 11, 13, 14, 15):
        r = f[:19]                            # already aligned
    elif line == 12:                          # blank cell before start; monitoring left blank
        r = f[:5] + [f[6], f[7], f[8], ""] + f[9:19]
    elif line in (17, 18, 19):                # risk text sits in "which would result in"
        r = f[:5] + [f[6], f[7], f[8], f[9], f[10], ""] + f[11:19]
    elif line in (20, 23):                    # everything shifted one cell to the right
        r = f[:5] + f[6:20]
    elif line == 16:                          # risk, result, mitigation, notes spread out
        r = f[:5] + [f[6], f[7], f[8], f[9], f[10], f[14], "", "", "", f[18], "", "", "", f[19]]
    elif line in (21, 22, 24, 25):            # shifted up to monitoring, scores aligned
        r = f[:5] + [f[6], f[7], f[8], f[9], ""] + f[10:19]
    else:
        raise SystemExit(line)
    assert len(r) == 19, (line, len(r))
    rows.append([c.strip() for c in r])
with open(f"{out}/barnet-000-improvement-plan.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(HEAD)
    w.writerows(rows)

# ---------------------------------------------------------------- seed 000, workforce plan
WHEAD = s0[28].split("\t")
assert WHEAD[0] == "Objective" and len(WHEAD) == 16, WHEAD
wrows = []
for n in range(29, len(s0)):
    if not s0[n].strip():
        continue
    f = (s0[n].split("\t") + [""] * 16)[:16]
    wrows.append([c.strip() for c in f])
with open(f"{out}/barnet-000-workforce-plan.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow([h.strip() for h in WHEAD])
    w.writerows(wrows)

# ---------------------------------------------------------------- seed 001
s1 = lines("001")
H1 = ["No.", "KLOE", "Theme", "Issue", "Action Health", "Action LA", "Who", "Timescale", "RAGB"]
def plain(cell):
    if "<li>" in cell:
        items = re.findall(r"<li>(.*?)</li>", cell)
        return "\n".join(i.strip() for i in items)
    return re.sub(r"\s+", " ", cell).strip()
out1 = []
for l in s1:
    if l.startswith("## ") or not l.strip():
        continue
    if l.startswith("KEY"):
        break                                  # the legend goes to its own sheet in the workbook
    f = (l.split("\t") + [""] * 9)[:9]
    out1.append([plain(c) for c in f])          # repeated header rows kept: a pasted Word table has them
with open(f"{out}/hf-001-areas-for-development.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerows(out1)
print(len(rows), len(wrows), len(out1))
