"""The plain-language primer on the law of peace operations, shown on the Overview page.

Each statement paraphrases the Charter of the United Nations or the UN's own pages, linked in the text.
"""

CHARTER = "https://www.un.org/en/about-us/un-charter/full-text"
PRINCIPLES = "https://peacekeeping.un.org/en/principles-of-peacekeeping"
UNITING_FOR_PEACE = "http://ask.un.org/faq/177134"
REPERTOIRE = "https://peacewomen.org/content/peacekeeping-operations"

PRIMER = f"""
**Peacekeeping or peace enforcement?** UN peacekeeping rests on three principles: the *consent* of the main
parties, *impartiality*, and *no use of force except in self-defence and defence of the mandate*
([UN peacekeeping]({PRINCIPLES})). Peace enforcement is different: force is used, or authorized, to make a party
comply, with or without its consent. Many operations sit between the two, and some moved from one to the other.

**Who may authorize force?** The [UN Charter]({CHARTER}) forbids members the threat or use of force against
another state (Article 2(4)). It leaves two exceptions: self-defence against an armed attack, until the Security
Council acts (Article 51), and measures decided by the Security Council.

- **Chapter VI** (Articles 33–38), *Pacific Settlement of Disputes*: parties should first seek a peaceful
  solution; the Council may recommend ways to settle. The Charter never names peacekeeping: the Council's practice
  has given operations mandates ranging from Chapter VI tasks such as mediation and supporting a peace agreement to
  forceful action authorized under Chapter VII ([Repertoire of the Security Council, as summarized]({REPERTOIRE})).
- **Chapter VII** (Articles 39–51), *Action with respect to threats to the peace, breaches of the peace, and acts of
  aggression*: once the Council determines a threat or breach (Article 39), it may order measures without armed
  force, such as sanctions (Article 41), or action by air, sea or land forces (Article 42). Members agree to carry
  out the Council's decisions (Article 25). The standing forces foreseen by Article 43 were never created, so the
  Council instead *authorizes* states, coalitions and organizations to use "all necessary means".
- **Chapter VIII** (Articles 52–54), *Regional Arrangements*: regional organizations may settle local disputes,
  but "no enforcement action shall be taken under regional arrangements or by regional agencies without the
  authorization of the Security Council" (Article 53(1)), and the Council must be kept informed (Article 54).

**The veto.** Decisions on substance need nine votes including the concurring votes of the permanent members
(Article 27(3)). When a veto blocked the Council, the General Assembly claimed a role through its
["Uniting for Peace"]({UNITING_FOR_PEACE}) resolution 377 (V) of 3 November 1950.

**A mandate** is the set of tasks a resolution gives an operation; the Council renews, widens, narrows or ends it.
The atlas records, for each intervention, the resolutions that authorized it, whether the Council invoked
Chapter VII, and when no Council authorization existed at all.
"""
