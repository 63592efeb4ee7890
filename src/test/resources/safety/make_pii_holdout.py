#!/usr/bin/env python3
"""Writes pii-holdout.csv: a held-out personal-data set, written after the pseudonymiser was tuned and never tuned on.

Different seed (66) and different sentence templates from make_pii_set.py; the number-like texts are in
not_pii_holdout.txt. Run: python3 src/test/resources/safety/make_pii_holdout.py > src/test/resources/safety/pii-holdout.csv
"""
import importlib.util, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("base", os.path.join(here, "make_pii_set.py"))
base = importlib.util.module_from_spec(spec)
_stdout = sys.stdout
sys.stdout = open(os.devnull, "w")
spec.loader.exec_module(base)
sys.stdout = _stdout
base.rnd.seed(66)
OUT = []

def add(kind, value, text):
    assert value in text, (value, text)
    OUT.append(f"{kind}|{value}|{text}")

T = {
 "NINO": (base.nino, ["hi my ni is {v} thanks", "National Insurance: {v}", "Do you need my NI? it's {v}",
   "I gave them {v} but they said it's wrong", "(NI {v})"]),
 "NHS_NUMBER": (base.nhs, ["The GP letter says NHS No: {v}", "my nhs number {v} if that helps",
   "{v} is my NHS number", "NHS {v}"]),
 "CARD": (base.card, ["took £50 from {v} without asking", "Visa ending... actually the full number is {v}",
   "payment card: {v}", "{v} exp 11/27 cvv 123"]),
 "SORT_CODE": (base.sort_code, ["they need my sortcode {v}", "Sort code - {v}", "bank sort code: {v}."]),
 "ACCOUNT_NUMBER": (base.account, ["Account no: {v}", "pay it into account {v}", "my acct number is {v}"]),
 "PHONE": (base.phone, ["ring me {v}", "Tel {v}", "my mobile's {v}", "contact number - {v}",
   "phone {v} between 9 and 5", "or whatsapp {v}"]),
 "EMAIL": (base.email, ["emails to {v} bounce", "({v})", "I use {v} for jobs", "mail: {v}"]),
 "POSTCODE": (base.postcode, ["address is in {v}", "post code {v}", "we're at {v} now", "{v}, is that near Leeds?",
   "moving to {v} next month"]),
 "DATE_OF_BIRTH": (base.dob, ["I'm 40, born {v}", "D.O.B: {v}", "DoB {v}", "date of birth {v} (age 30)",
   "My b'day is {v}"]),
 "PASSPORT": (base.passport, ["passport: {v}", "my british passport number {v}", "Passport No {v}"]),
 "DRIVING_LICENCE": (base.licence, ["driving licence {v}", "my licence number is {v}", "DL: {v}"]),
}
COUNTS = {"NINO": 10, "NHS_NUMBER": 8, "CARD": 8, "SORT_CODE": 6, "ACCOUNT_NUMBER": 6, "PHONE": 12, "EMAIL": 8,
          "POSTCODE": 10, "DATE_OF_BIRTH": 10, "PASSPORT": 6, "DRIVING_LICENCE": 6}
for kind, n in COUNTS.items():
    make, templates = T[kind]
    for i in range(n):
        v = make()
        add(kind, v, templates[i % len(templates)].format(v=v))
for i in range(10):
    name = f"{base.rnd.choice(base.FIRST)} {base.rnd.choice(base.LAST)}"
    t, v = [("Hello, {n} speaking", name), ("I'm {n}", name), ("Mrs {n} is my adviser", name),
            ("please ask for {n}", name), ("signed {n}", name)][i % 5]
    add("NAME", v, t.format(n=name))
for i in range(8):
    no, st = base.rnd.randint(1, 300), base.rnd.choice(base.STREETS)
    t, v = [("It's {no} {st}", f"{no} {st}"), ("address - {no}, {st}", f"{no}, {st}"),
            ("we live on {st}", st), ("{no}a {st}", f"{no}a {st}")][i % 4]
    add("ADDRESS", v, t.format(no=no, st=st))

print("# Held-out personal-data set for Signpost's Pseudonymiser, never tuned on. Made by make_pii_holdout.py.")
print("# Same columns as pii.csv.")
print("type|value|text")
for row in OUT:
    print(row)
with open(os.path.join(here, "not_pii_holdout.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            print(f"none||{line}")
