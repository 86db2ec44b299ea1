#!/usr/bin/env python3
"""Writes an invoice ledger of LINES lines to standard output, for timing the ledger import at
scale (docs/performance.md, "Ledger import at scale"; hostile 55, H55-2).

Usage:  python3 Scripts/make-big-ledger.py 2000000 > /tmp/l2m.csv

`customer,date,description,amount`, seeded (the same LINES gives the same bytes): customers
billed over 36 months from 2022-01, each a plan line a month (8 plans) and 0-3 extras from 15
(services, usage, top-ups, minimums, discounts, fees), a few hundred distinct descriptions in
all, customers starting in their first year. The file ends where LINES is reached, mid-month.
"""
import random
import sys

lines = int(sys.argv[1])
rnd = random.Random(56)
months = [(2022 + i // 12, i % 12 + 1) for i in range(36)]
plans = ["Pro plan - monthly", "Business plan (monthly)", "Starter subscription",
         "Platform subscription - annual", "Enterprise license, 12 months", "Team seats x{n}",
         "Subscription fee {mon} {yr}", "Monthly SaaS fee"]
extras = ["API usage overage", "Usage: {n}k tokens", "Implementation fee", "Onboarding services",
          "Professional services - {n} hours", "Training workshop", "Prepaid credits top-up",
          "Platform minimum commitment", "Support add-on", "Discount - loyalty", "Setup fee",
          "Consulting (custom integration)", "Overage charges {mon}", "Data migration", "Late fee"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
out = sys.stdout
out.write("customer,date,description,amount\n")
n = 0
customers = [(f"Customer {c:05d}", rnd.choice(plans), rnd.randint(0, 11), rnd.randint(20, 5000))
             for c in range(max(1, lines // 65))]
for (y, m) in months:
    for name, plan, start, price in customers:
        if n >= lines:
            break
        if (y - 2022) * 12 + m - 1 < start:
            continue
        d = f"{y}-{m:02d}-{rnd.choice([1, 1, 1, 5, 15, 28]):02d}"
        text = plan.format(n=rnd.randint(2, 40), mon=MON[m - 1], yr=y)
        out.write(f'{name},{d},"{text}",{price}.00\n')
        n += 1
        for _ in range(rnd.choice([0, 1, 1, 2, 3])):
            if n >= lines:
                break
            e = rnd.choice(extras).format(n=rnd.randint(1, 90), mon=MON[m - 1])
            amount = -rnd.randint(5, 200) if e.startswith("Discount") else rnd.randint(10, 3000)
            out.write(f'{name},{y}-{m:02d}-{rnd.randint(1, 28):02d},"{e}",{amount}.{rnd.randint(0, 99):02d}\n')
            n += 1
