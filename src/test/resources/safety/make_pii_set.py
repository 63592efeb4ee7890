#!/usr/bin/env python3
"""Writes pii.csv, the personal-data evaluation set, with a fixed seed so it can be made again byte for byte.

Values are synthetic: numbers are random and then given valid checksums or formats; phone numbers come from
Ofcom's ranges for drama (07700 900xxx, 0113 496 0xxx, 020 7946 0xxx...); names are common UK names.
The templates and the number-like texts that are not personal data were written by hand for this repository.
Run: python3 src/test/resources/safety/make_pii_set.py > src/test/resources/safety/pii.csv
"""
import random

rnd = random.Random(6)
OUT = []

def add(kind, value, text):
    assert value in text, (value, text)
    OUT.append(f"{kind}|{value}|{text}")

ALLOWED = "ABCEGHJKLMNOPRSTWXYZ"
def nino():
    while True:
        a, b = rnd.choice(ALLOWED), rnd.choice(ALLOWED.replace("O", ""))
        if a + b not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = "".join(str(rnd.randint(0, 9)) for _ in range(6))
    s = rnd.choice("ABCD")
    style = rnd.randint(0, 3)
    v = [f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{a}{b} {d} {s}", f"{a}{b}{d}{s}".lower()][style]
    return v

def nhs():
    while True:
        first = str(rnd.choice([4, 6, 7]))
        digits = first + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        total = sum(int(c) * (10 - i) for i, c in enumerate(digits))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check != 10:
            break
    n = digits + str(check)
    return rnd.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])

def luhn_complete(prefix, length):
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in range(10):
        cand = body + str(c)
        s, twice = 0, False
        for ch in reversed(cand):
            d = int(ch)
            if twice:
                d *= 2
                d = d - 9 if d > 9 else d
            s += d
            twice = not twice
        if s % 10 == 0:
            return cand

def card():
    kind = rnd.randint(0, 3)
    if kind == 3:
        n = luhn_complete(rnd.choice(["34", "37"]), 15)
        return rnd.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
    n = luhn_complete(rnd.choice(["4", "51", "53", "55", "2221", "4929"]), 16)
    return rnd.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, "-".join(n[i:i + 4] for i in range(0, 16, 4))])

def sort_code():
    d = [f"{rnd.randint(1, 99):02d}", f"{rnd.randint(0, 99):02d}", f"{rnd.randint(0, 99):02d}"]
    return rnd.choice(["-".join(d), " ".join(d), "".join(d)])

def account():
    return f"{rnd.randint(10000000, 99999999)}"

def phone():
    kind = rnd.randint(0, 7)
    x = f"{rnd.randint(0, 999):03d}"
    return [f"07700 900{x}", f"07700900{x}", f"+44 7700 900{x}", f"0113 496 0{x}", f"020 7946 0{x}",
            f"+44 (0)20 7946 0{x}", f"0161 496 0{x}", f"029 2018 0{x}"][kind]

FIRST = ["Aisha", "Tom", "Sarah", "Mohammed", "Gareth", "Siân", "Olivia", "Priya", "Connor", "Megan", "Dylan",
         "Grace", "Kwame", "Zofia", "Liam", "Chloe", "Rhys", "Amelia", "Yusuf", "Bethan"]
LAST = ["Khan", "Smith", "Jones", "Williams", "Patel", "Evans", "Nowak", "O'Brien", "Taylor", "Davies", "Brown",
        "Hughes", "Ahmed", "Roberts", "Wilson", "Murphy", "Thomas", "Singh", "Clarke", "Lewis"]

def email():
    f, l = rnd.choice(FIRST).lower().replace("â", "a"), rnd.choice(LAST).lower().replace("'", "")
    return rnd.choice([f"{f}.{l}@gmail.com", f"{f}{l}{rnd.randint(1, 99)}@hotmail.co.uk", f"{f[0]}{l}@outlook.com",
                       f"{f}_{l}@btinternet.com", f"{f}.{l}+jobs@yahoo.co.uk"])

DISTRICTS = ["LS6", "LS1", "M1", "M14", "SW1A", "EC1A", "W1T", "E14", "CF10", "CF24", "SA1", "LL57", "EH1", "G2",
             "BT1", "B33", "NE1", "L8", "S10", "BS1", "NG7", "PL4", "DH1", "YO10", "HU3", "CR0", "N1", "SE15"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"

def postcode():
    d = rnd.choice(DISTRICTS)
    inward = f"{rnd.randint(0, 9)}{rnd.choice(INWARD)}{rnd.choice(INWARD)}"
    return rnd.choice([f"{d} {inward}", f"{d} {inward}", f"{d}{inward}", f"{d} {inward}".lower()])

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

def dob():
    y, m, d = rnd.randint(1950, 2008), rnd.randint(1, 12), rnd.randint(1, 28)
    return rnd.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{MONTHS[m - 1]} {d}, {y}"])

def passport():
    n = f"{rnd.randint(100000000, 999999999)}"
    return n

def licence():
    surname = rnd.choice(LAST).upper().replace("'", "")
    s5 = (surname + "99999")[:5]
    y = rnd.randint(1950, 2005)
    m = rnd.randint(1, 12) + rnd.choice([0, 50])
    d = rnd.randint(1, 28)
    initials = (rnd.choice(FIRST)[0] + rnd.choice(["", rnd.choice("ABCDEJKLMPRST")]) + "9")[:2].upper()
    check = rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    return f"{s5}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{initials}9{check}"

T = {
 "NINO": (nino, ["My national insurance number is {v}", "NI number: {v}", "ni no {v}", "It's {v} I think",
   "my NINO is {v}, can you check my claim?", "The form asks for NI, mine is {v}.", "{v} is my national insurance",
   "Rhif yswiriant gwladol: {v}"]),
 "NHS_NUMBER": (nhs, ["My NHS number is {v}", "nhs no {v}", "NHS number: {v}, for the fit note",
   "Here's my NHS number {v}", "Fy rhif GIG yw {v}"]),
 "CARD": (card, ["My card number is {v}", "card {v} expiry 09/28", "Can I pay with {v}?",
   "The long number on my debit card is {v}", "I used card {v} to pay for the course"]),
 "SORT_CODE": (sort_code, ["sort code {v}", "My sort code is {v}", "Sort code: {v}", "the bank sort code is {v}"]),
 "ACCOUNT_NUMBER": (account, ["account number {v}", "My account number is {v}", "acc no {v}", "a/c {v}",
   "Bank account {v} at Nationwide"]),
 "PHONE": (phone, ["Call me on {v}", "my number is {v}", "mobile: {v}", "You can reach me at {v} after 5",
   "text {v} if there's a job", "{v} is my phone", "Ffoniwch fi ar {v}"]),
 "EMAIL": (email, ["Email me at {v}", "my email is {v}", "{v}", "Send the CV to {v} please",
   "contact: {v}"]),
 "POSTCODE": (postcode, ["I live in {v}", "My postcode is {v}", "postcode {v}", "Jobs near {v} please",
   "I've moved to {v}", "Fy nghod post yw {v}"]),
 "DATE_OF_BIRTH": (dob, ["I was born on {v}", "Date of birth: {v}", "DOB {v}", "my date of birth is {v}",
   "born {v}", "My birthday is {v}", "d.o.b. {v}", "Ganwyd fi ar {v}"]),
 "PASSPORT": (passport, ["My passport number is {v}", "passport no. {v}", "UK passport {v}",
   "The number on my passport is {v}"]),
 "DRIVING_LICENCE": (licence, ["My driving licence number is {v}", "licence no {v}", "Driving licence: {v}",
   "DVLA number {v}"]),
}
COUNTS = {"NINO": 32, "NHS_NUMBER": 25, "CARD": 25, "SORT_CODE": 20, "ACCOUNT_NUMBER": 20, "PHONE": 35,
          "EMAIL": 25, "POSTCODE": 35, "DATE_OF_BIRTH": 30, "PASSPORT": 20, "DRIVING_LICENCE": 20}
for kind, n in COUNTS.items():
    make, templates = T[kind]
    for i in range(n):
        v = make()
        add(kind, v, templates[i % len(templates)].format(v=v))

# Sort code and account number together, as people give them.
for i in range(10):
    s, a = f"{rnd.randint(10, 99)}-{rnd.randint(10, 99)}-{rnd.randint(10, 99)}", account()
    text = rnd.choice(["Bank details: {s} {a}", "sort code {s} account {a}", "{s} / {a} for the payment",
                       "My bank is {s}, account number {a}"]).format(s=s, a=a)
    add("SORT_CODE", s, text)
    add("ACCOUNT_NUMBER", a, text)

# Names and street addresses: the named-entity part, reported separately from the structured identifiers.
for i in range(30):
    name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    first = name.split()[0]
    last = name.split()[1]
    t, v = [("My name is {n}", name), ("Hi, I'm called {n}", name), ("Dear Mrs {l}", last),
            ("Speak to Mr {l} at the jobcentre", last), ("Name: {n}", name), ("Kind regards, {n}", name),
            ("my name is {lower}", name.lower()), ("Dr {n} signed my fit note", name), ("Call me {f}", first),
            ("Fy enw i yw {n}", name), ("This is {n} again", name), ("{n} here, I need help", name)][i % 12]
    add("NAME", v, t.format(n=name, l=last, f=first, lower=name.lower()))
STREETS = ["Acacia Avenue", "Park Road", "Church Lane", "High Street", "Victoria Terrace", "Mill Close", "Queens Drive",
           "Station Road", "Oak Grove", "Meadow Way"]
for i in range(25):
    st = rnd.choice(STREETS)
    no = rnd.randint(1, 240)
    f = rnd.randint(1, 12)
    t, v = [("I live at {no} {st}", f"{no} {st}"), ("My address is Flat {f}, {no} {st}", f"Flat {f}, {no} {st}"),
            ("{no} {st}, Leeds", f"{no} {st}"), ("i live at {no} {lower}", f"{no} {st.lower()}"),
            ("Send it to {no} Heol y Gors", f"{no} Heol y Gors"), ("I'm at number {no} on {st}", f"{st}")][i % 6]
    add("ADDRESS", v, t.format(no=no, st=st, f=f, lower=st.lower()))

print("# Personal-data evaluation set for Signpost's Pseudonymiser. Made by make_pii_set.py (seed 6); see its notes.")
print("# Columns separated by |: type (a PersonalDataType label, or none), value (the text that must be replaced),")
print("# text. Rows of type none hold number-like text that is not personal data: nothing in them may be replaced.")
print("type|value|text")
for row in OUT:
    print(row)
with open(__file__.rsplit("/", 1)[0] + "/not_pii.txt", encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            print(f"none||{line}")
