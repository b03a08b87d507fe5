"""Publishers reviewed and accepted as citable: each domain, the kind of source it publishes, and who it is.

Add a domain here only after checking that it is the original publisher (not a copy of another site) and that it is
a party to the events or the body that decided them (primary), or a research institute, journal, established news
organization or encyclopedia at its own address (secondary). See the sources policy in data/README.md.
"""

ACCEPTED_DOMAINS = {
    "20min.ch": "secondary",  # 20 Minuten
    "20minutes.fr": "secondary",  # 20 Minutes
    "24ur.com": "secondary",  # 24ur
    "aa.com.tr": "secondary",  # Anadolu Agency
    "abc.net.au": "secondary",  # ABC News (Australia)
    "acleddata.com": "secondary",  # ACLED
    "af.mil": "primary",  # US Air Force
    "af.reuters.com": "secondary",  # Reuters
    "afhistory.af.mil": "primary",  # US Air Force Historical Support Division
    "africa-confidential.com": "secondary",  # Africa Confidential
    "africa-eu-partnership.org": "secondary",  # Africa-EU Partnership
    "africanews.com": "secondary",  # Africanews
    "africareview.com": "secondary",  # Africa Review
    "africatimes.com": "secondary",  # Africa Times
    "aimnews.org": "secondary",  # AIM (Mozambique News Agency)
    "airandspaceforces.com": "secondary",  # Air & Space Forces Magazine
    "airforcemag.com": "secondary",  # Air & Space Forces Magazine
    "ajc.com": "secondary",  # Atlanta Journal-Constitution
    "aljazeera.com": "secondary",  # Al Jazeera
    "allafrica.com": "secondary",  # AllAfrica
    "alwihdainfo.com": "secondary",  # Alwihda Info
    "amacad.org": "secondary",  # American Academy of Arts and Sciences
    "amnesty.or.jp": "secondary",  # Amnesty International Japan
    "amnesty.org": "secondary",  # Amnesty International
    "anzacportal.dva.gov.au": "primary",  # Australian Department of Veterans' Affairs (Anzac Portal)
    "apanews.net": "secondary",  # APA News
    "api.parliament.uk": "primary",  # UK Parliament (Hansard)
    "apnews.com": "secondary",  # Associated Press
    "arabnews.com": "secondary",  # Arab News
    "archive.globalpolicy.org": "secondary",  # Global Policy Forum
    "archive.grip.org": "secondary",  # GRIP (Groupe de recherche et d'information sur la paix et la sécurité)
    "archive.macleans.ca": "secondary",  # Maclean's
    "archive.uneca.org": "primary",  # UN Economic Commission for Africa
    "archives.defense.gouv.fr": "primary",  # French Ministry of the Armed Forces
    "archives.ecpad.fr": "primary",  # ECPAD (French Ministry of the Armed Forces)
    "archives.un.org": "primary",  # UN Archives
    "armee.lu": "primary",  # Luxembourg Army
    "armscontrol.org": "secondary",  # Arms Control Association
    "army.mil.nz": "primary",  # New Zealand Army
    "arrc.nato.int": "primary",  # NATO ARRC
    "articles.chicagotribune.com": "secondary",  # Chicago Tribune
    "asbarez.com": "secondary",  # Asbarez
    "asiaplustj.info": "secondary",  # Asia-Plus
    "asil.org": "secondary",  # American Society of International Law
    "ask.un.org": "primary",  # UN Dag Hammarskjöld Library
    "atlanticcouncil.org": "secondary",  # Atlantic Council
    "atmis-au.org": "primary",  # ATMIS (African Union)
    "auswaertiges-amt.de": "primary",  # German Federal Foreign Office
    "avalon.law.yale.edu": "primary",  # Avalon Project, Yale Law School
    "baltimoresun.com": "secondary",  # Baltimore Sun
    "bbc.co.uk": "secondary",  # BBC News
    "belsat.eu": "secondary",  # Belsat
    "binuca.unmissions.org": "primary",  # BINUCA
    "birmingham.ac.uk": "secondary",  # University of Birmingham
    "bmvg.de": "primary",  # German Federal Ministry of Defence
    "britannica.com": "secondary",  # Encyclopaedia Britannica
    "brockhaus.de": "secondary",  # Brockhaus Enzyklopädie
    "buffalonews.com": "secondary",  # Buffalo News
    "businesslive.co.za": "secondary",  # BusinessLIVE
    "c-r.org": "secondary",  # Conciliation Resources
    "ca.wikipedia.org": "secondary",  # Viquipèdia
    "cambridge.org": "secondary",  # Cambridge University Press
    "canada.ca": "primary",  # Government of Canada
    "capitalfm.co.ke": "secondary",  # Capital FM (Kenya)
    "carabinieri.it": "primary",  # Carabinieri
    "caricom.org": "primary",  # CARICOM
    "cdn.naharnet.com": "secondary",  # Naharnet
    "ceeol.com": "secondary",  # CEEOL
    "centcom.mil": "primary",  # US Central Command
    "cfr.org": "secondary",  # Council on Foreign Relations
    "challengesforum.org": "secondary",  # International Forum for the Challenges of Peace Operations
    "child-soldiers.org": "secondary",  # Child Soldiers International
    "childrenandarmedconflict.un.org": "primary",  # UN Office of the SRSG for Children and Armed Conflict
    "china.org.cn": "secondary",  # China.org.cn
    "chinadaily.com.cn": "secondary",  # China Daily
    "citizen.co.za": "secondary",  # The Citizen (South Africa)
    "civil.ge": "secondary",  # Civil Georgia
    "clik.dva.gov.au": "primary",  # Australian Department of Veterans' Affairs
    "cnbcafrica.com": "secondary",  # CNBC Africa
    "cnews.fr": "secondary",  # CNews
    "cnn.com": "secondary",  # CNN
    "core-cms.prod.aop.cambridge.org": "secondary",  # Cambridge University Press
    "core-prod.cambridgecore.org": "secondary",  # Cambridge University Press
    "csmonitor.com": "secondary",  # Christian Science Monitor
    "cyberleninka.ru": "secondary",  # CyberLeninka
    "dabangasudan.org": "secondary",  # Radio Dabanga
    "dailyexcelsior.com": "secondary",  # Daily Excelsior
    "dailymaverick.co.za": "secondary",  # Daily Maverick
    "dailytrust.com": "secondary",  # Daily Trust
    "dataverse.harvard.edu": "secondary",  # Harvard Dataverse
    "dawn.com": "secondary",  # Dawn
    "daytondailynews.com": "secondary",  # Dayton Daily News
    "de.wikipedia.org": "secondary",  # Wikipedia (German)
    "defence.gov.au": "primary",  # Australian Department of Defence
    "defenceweb.co.za": "secondary",  # defenceWeb
    "defense.gouv.fr": "primary",  # French Ministry of the Armed Forces
    "defense.gov": "primary",  # US Department of Defense
    "defensie.nl": "primary",  # Netherlands Ministry of Defence
    "derstandard.at": "secondary",  # Der Standard
    "devex.com": "secondary",  # Devex
    "dfae.admin.ch": "primary",  # Swiss Federal Department of Foreign Affairs
    "difesa.it": "primary",  # Italian Ministry of Defence
    "digitalarchive.wilsoncenter.org": "primary",  # Wilson Center Digital Archive
    "digitallibrary.un.org": "primary",  # UN Digital Library
    "diplomacy.edu": "secondary",  # DiploFoundation
    "diplomatie.gouv.fr": "primary",  # French Ministry for Europe and Foreign Affairs
    "dodccrp.org": "primary",  # US Department of Defense Command and Control Research Program
    "dodis.ch": "primary",  # Diplomatic Documents of Switzerland
    "dsn.gob.es": "primary",  # Spanish Department of National Security
    "dvidshub.net": "primary",  # US Defense Visual Information Distribution Service
    "dw.com": "secondary",  # Deutsche Welle
    "eac.int": "primary",  # East African Community
    "ebsco.com": "secondary",  # EBSCO Research Starters
    "ecofinagency.com": "secondary",  # Agence Ecofin
    "ecoi.net": "secondary",  # ecoi.net (Austrian Red Cross)
    "edition.cnn.com": "secondary",  # CNN
    "eeas.europa.eu": "primary",  # European External Action Service
    "efe.com": "secondary",  # EFE
    "eisa.org": "secondary",  # Electoral Institute for Sustainable Democracy in Africa
    "eisa.org.za": "secondary",  # Electoral Institute for Sustainable Democracy in Africa
    "ejercito.defensa.gob.es": "primary",  # Spanish Army
    "ejercito.mde.es": "primary",  # Spanish Army
    "elmoudjahid.com": "secondary",  # El Moudjahid
    "elysee.fr": "primary",  # Presidency of the French Republic
    "en.armradio.am": "secondary",  # Public Radio of Armenia
    "en.chinagate.cn": "secondary",  # China.org.cn
    "en.igihe.com": "secondary",  # IGIHE
    "en.kremlin.ru": "primary",  # President of Russia
    "en.people.cn": "secondary",  # People's Daily
    "en.special.kremlin.ru": "primary",  # President of Russia
    "en.trend.az": "secondary",  # Trend News Agency
    "en.wikipedia.org": "secondary",  # Wikipedia
    "encyclopedia.com": "secondary",  # Encyclopedia.com
    "english.ahram.org.eg": "secondary",  # Ahram Online
    "english.alarabiya.net": "secondary",  # Al Arabiya
    "english.defensie.nl": "primary",  # Netherlands Ministry of Defence
    "english.news.cn": "secondary",  # Xinhua
    "euforbih.org": "primary",  # EUFOR Althea
    "eunavfor.eu": "primary",  # EU Naval Force Somalia (Operation Atalanta)
    "euobserver.com": "secondary",  # EUobserver
    "eur-lex.europa.eu": "primary",  # EUR-Lex (European Union)
    "euractiv.com": "secondary",  # Euractiv
    "eurlex.europa.eu": "primary",  # EUR-Lex (European Union)
    "europe.newsweek.com": "secondary",  # Newsweek
    "europeanwesternbalkans.com": "secondary",  # European Western Balkans
    "eyeradio.org": "secondary",  # Eye Radio
    "famagusta-gazette.com": "secondary",  # Famagusta Gazette
    "fas.org": "secondary",  # Federation of American Scientists
    "federalnewsnetwork.com": "secondary",  # Federal News Network
    "financialtribune.com": "secondary",  # Financial Tribune
    "fletcher.tufts.edu": "secondary",  # Fletcher School, Tufts University
    "foi.se": "secondary",  # Swedish Defence Research Agency (FOI)
    "foreignpolicy.com": "secondary",  # Foreign Policy
    "forsvaret.dk": "primary",  # Danish Defence
    "forsvarsmakten.se": "primary",  # Swedish Armed Forces
    "forumsec.org": "primary",  # Pacific Islands Forum Secretariat
    "foxnews.com": "secondary",  # Fox News
    "fr.allafrica.com": "secondary",  # AllAfrica
    "fr.wikipedia.org": "secondary",  # Wikipédia
    "france24.com": "secondary",  # France 24
    "franceintheus.org": "primary",  # Embassy of France in the United States
    "franceonu.org": "primary",  # Permanent Mission of France to the UN
    "freedomnewspaper.gm": "secondary",  # Freedom Newspaper
    "ft.dk": "primary",  # Danish Parliament (Folketinget)
    "futurepeaceops.org": "secondary",  # Future Peace Operations (Stimson)
    "g8italia2009.it": "primary",  # Government of Italy (G8 Presidency 2009)
    "gandhara.rferl.org": "secondary",  # Radio Free Europe/Radio Liberty
    "garoweonline.com": "secondary",  # Garowe Online
    "geetha.mil.gr": "primary",  # Hellenic Army General Staff
    "geneve-int.ch": "primary",  # Genève internationale (Republic and Canton of Geneva)
    "ghana.mid.ru": "primary",  # Embassy of Russia in Ghana
    "ghanabusinessnews.com": "secondary",  # Ghana Business News
    "glashrvatske.hrt.hr": "secondary",  # HRT (Croatian Radiotelevision)
    "global.chinadaily.com.cn": "secondary",  # China Daily
    "globalpolicy.org": "secondary",  # Global Policy Forum
    "globalr2p.org": "secondary",  # Global Centre for the Responsibility to Protect
    "gov.md": "primary",  # Government of the Republic of Moldova
    "gov.pl": "primary",  # Government of Poland
    "gulflink.health.mil": "primary",  # US Department of Defense, Military Health System
    "gulflink.osd.mil": "primary",  # US Department of Defense
    "hansard.parliament.uk": "primary",  # UK Parliament (Hansard)
    "hellenicshippingnews.com": "secondary",  # Hellenic Shipping News
    "hina.hr": "secondary",  # HINA (Croatian News Agency)
    "history.state.gov": "primary",  # US Department of State, Office of the Historian
    "hrw.org": "secondary",  # Human Rights Watch
    "hsdl.org": "secondary",  # Homeland Security Digital Library (Naval Postgraduate School)
    "hurriyetdailynews.com": "secondary",  # Hürriyet Daily News
    "i24news.tv": "secondary",  # i24NEWS
    "iai.it": "secondary",  # Istituto Affari Internazionali
    "icirnigeria.org": "secondary",  # International Centre for Investigative Reporting (Nigeria)
    "idsa-india.org": "secondary",  # Manohar Parrikar Institute for Defence Studies and Analyses
    "ifa.de": "secondary",  # ifa (Institut für Auslandsbeziehungen)
    "ilmessaggero.it": "secondary",  # Il Messaggero
    "imagesdefense.gouv.fr": "primary",  # French Ministry of the Armed Forces (ECPAD)
    "ina.fr": "secondary",  # INA
    "incirlik.af.mil": "primary",  # US Air Force, Incirlik Air Base
    "independent.co.ug": "secondary",  # The Independent (Uganda)
    "independent.co.uk": "secondary",  # The Independent
    "inform.kz": "secondary",  # Kazinform
    "information.tv5monde.com": "secondary",  # TV5Monde
    "internacional.estadao.com.br": "secondary",  # Estadão
    "iol.co.za": "secondary",  # IOL
    "ipinst.org": "secondary",  # International Peace Institute
    "irinnews.org": "secondary",  # IRIN News
    "irishexaminer.com": "secondary",  # Irish Examiner
    "irishtimes.com": "secondary",  # The Irish Times
    "issafrica.org": "secondary",  # Institute for Security Studies
    "it.wikipedia.org": "secondary",  # Wikipedia (Italian)
    "iwpr.net": "secondary",  # Institute for War and Peace Reporting
    "ja.wikipedia.org": "secondary",  # Wikipedia (Japanese)
    "jamaica-gleaner.com": "secondary",  # The Gleaner
    "jamaicaobserver.com": "secondary",  # Jamaica Observer
    "jamestown.org": "secondary",  # Jamestown Foundation
    "jeuneafrique.com": "secondary",  # Jeune Afrique
    "jfcnaples.nato.int": "primary",  # NATO JFC Naples
    "journaldebangui.com": "secondary",  # Journal de Bangui
    "jta.org": "secondary",  # Jewish Telegraphic Agency
    "jurist.org": "secondary",  # JURIST (University of Pittsburgh School of Law)
    "khaleejtimes.com": "secondary",  # Khaleej Times
    "latimes.com": "secondary",  # Los Angeles Times
    "lbcgroup.tv": "secondary",  # LBCI
    "lecourrier.vn": "secondary",  # Le Courrier du Vietnam
    "legislation.gov.uk": "primary",  # UK National Archives (legislation.gov.uk)
    "liberation.fr": "secondary",  # Libération
    "liberianobserver.com": "secondary",  # Liberian Observer
    "library.cqpress.com": "secondary",  # CQ Researcher
    "libyareview.com": "secondary",  # Libya Review
    "link.springer.com": "secondary",  # Springer
    "lorientlejour.com": "secondary",  # L'Orient-Le Jour
    "m.reliefweb.int": "primary",  # ReliefWeb (UN OCHA)
    "magazines.ulbsibiu.ro": "secondary",  # Studia Securitatis (Lucian Blaga University of Sibiu)
    "media.un.org": "primary",  # United Nations
    "mediapart.fr": "secondary",  # Mediapart
    "meduza.io": "secondary",  # Meduza
    "merip.org": "secondary",  # Middle East Research and Information Project
    "mfa.gov.by": "primary",  # Belarus Ministry of Foreign Affairs
    "mfa.gov.cy": "primary",  # Cyprus Ministry of Foreign Affairs
    "mfo.org": "primary",  # Multinational Force & Observers
    "mg.co.za": "secondary",  # Mail & Guardian
    "milestonedocuments.com": "secondary",  # Milestone Documents
    "military.ie": "primary",  # Irish Defence Forces
    "minurcat.unmissions.org": "primary",  # MINURCAT
    "minurso.unmissions.org": "primary",  # MINURSO
    "minusca.unmissions.org": "primary",  # MINUSCA
    "minustah.unmissions.org": "primary",  # MINUSTAH
    "misca.peaceau.org": "primary",  # African Union (MISCA)
    "mobile.naharnet.com": "secondary",  # Naharnet
    "modernghana.com": "secondary",  # Modern Ghana
    "mondediplo.com": "secondary",  # Le Monde diplomatique
    "monitor.civicus.org": "secondary",  # CIVICUS Monitor
    "monitor.co.ug": "secondary",  # Daily Monitor
    "monuc.unmissions.org": "primary",  # MONUC
    "mozambiqueexpert.com": "secondary",  # Mozambique Expert
    "n1info.hr": "secondary",  # N1
    "naharnet.com": "secondary",  # Naharnet
    "nation.africa": "secondary",  # Nation (Kenya)
    "nation.com.pk": "secondary",  # The Nation (Pakistan)
    "nationallizenzen.zbw.eu": "secondary",  # ZBW
    "nato.int": "primary",  # NATO
    "nautilus.org": "secondary",  # Nautilus Institute
    "nbcnews.com": "secondary",  # NBC News
    "newarab.com": "secondary",  # The New Arab
    "news.abidjan.net": "secondary",  # Abidjan.net
    "news.az": "secondary",  # News.az
    "news.bbc.co.uk": "secondary",  # BBC News
    "news.un.org": "primary",  # UN News
    "news24.com": "secondary",  # News24
    "newtimes.co.rw": "secondary",  # The New Times (Rwanda)
    "newvision.co.ug": "secondary",  # New Vision
    "newyork-un.mae.lu": "primary",  # Permanent Mission of Luxembourg to the UN
    "nimh.nl": "secondary",  # Netherlands Institute of Military History
    "nl.wikipedia.org": "secondary",  # Wikipedia (Dutch)
    "nrc.nl": "secondary",  # NRC
    "ntv.co.ug": "secondary",  # NTV Uganda
    "nytimes.com": "secondary",  # The New York Times
    "nzetc.victoria.ac.nz": "primary",  # New Zealand Electronic Text Collection
    "oas.org": "primary",  # Organization of American States
    "odihpn.org": "secondary",  # Humanitarian Practice Network (ODI)
    "ohr.int": "primary",  # Office of the High Representative
    "onu.delegfrance.org": "primary",  # Permanent Mission of France to the UN
    "onuci.unmissions.org": "primary",  # UNOCI
    "operationspaix.net": "secondary",  # Réseau de recherche sur les opérations de paix (Université de Montréal)
    "pacaf.af.mil": "primary",  # US Pacific Air Forces
    "pakistanarmy.gov.pk": "primary",  # Pakistan Army
    "panapress.com": "secondary",  # Panapress
    "paperspast.natlib.govt.nz": "primary",  # National Library of New Zealand (Papers Past)
    "parliament.uk": "primary",  # UK Parliament
    "pax.peaceagreements.org": "secondary",  # PA-X Peace Agreements Database, University of Edinburgh
    "peaceaccords.nd.edu": "secondary",  # Peace Accords Matrix, Kroc Institute (Notre Dame)
    "peaceau.org": "primary",  # African Union Peace and Security Council
    "peacekeeping.un.org": "primary",  # United Nations Peacekeeping
    "peacewomen.org": "secondary",  # PeaceWomen (WILPF)
    "phnompenhpost.com": "secondary",  # The Phnom Penh Post
    "pksoi.armywarcollege.edu": "primary",  # US Army Peacekeeping and Stability Operations Institute
    "pmg.org.za": "secondary",  # Parliamentary Monitoring Group
    "pmnewsnigeria.com": "secondary",  # PM News
    "politico.eu": "secondary",  # Politico Europe
    "polygraph.info": "secondary",  # Polygraph.info (Voice of America and RFE/RL)
    "press.un.org": "primary",  # United Nations, Meetings Coverage and Press Releases
    "princeton.edu": "secondary",  # Princeton University
    "psdata.un.org": "primary",  # UN Peace and Security Data Hub
    "pt.wikipedia.org": "secondary",  # Wikipedia (Portuguese)
    "publicaciones.defensa.gob.es": "primary",  # Spanish Ministry of Defence
    "publications.gov.cy": "primary",  # Government of Cyprus
    "publications.parliament.uk": "primary",  # UK Parliament
    "radiondekeluka.org": "secondary",  # Radio Ndeke Luka
    "radionz.co.nz": "secondary",  # RNZ
    "radiotamazuj.org": "secondary",  # Radio Tamazuj
    "ramsi.org": "primary",  # RAMSI
    "rcf.fr": "secondary",  # RCF
    "rd.springer.com": "secondary",  # Springer
    "react.usip.org": "secondary",  # United States Institute of Peace
    "recordnet.com": "secondary",  # The Record (Stockton)
    "refworld.org": "primary",  # Refworld (UNHCR)
    "reliefweb.int": "primary",  # ReliefWeb (UN OCHA)
    "report.az": "secondary",  # Report.az
    "research.un.org": "primary",  # UN Dag Hammarskjöld Library
    "researchcentre.army.gov.au": "primary",  # Australian Army Research Centre
    "reuters.com": "secondary",  # Reuters
    "rferl.org": "secondary",  # Radio Free Europe/Radio Liberty
    "rfi.fr": "secondary",  # RFI
    "rnz.co.nz": "secondary",  # RNZ
    "rs.nato.int": "primary",  # NATO Resolute Support Mission
    "rtl.be": "secondary",  # RTL Info
    "rtl.fr": "secondary",  # RTL
    "rtp.pt": "secondary",  # RTP
    "rusi.org": "secondary",  # Royal United Services Institute
    "sadc.int": "primary",  # SADC
    "sahelien.com": "secondary",  # Sahelien.com
    "sardc.net": "secondary",  # Southern African Research and Documentation Centre
    "scmp.com": "secondary",  # South China Morning Post
    "scotsman.com": "secondary",  # The Scotsman
    "scprocedure.org": "secondary",  # The Procedure of the UN Security Council (Sievers & Daws)
    "sd.one.un.org": "primary",  # United Nations
    "search.archives.un.org": "primary",  # UN Archives
    "securitycouncilreport.org": "secondary",  # Security Council Report
    "shape.nato.int": "primary",  # NATO SHAPE
    "sites.tufts.edu": "secondary",  # World Peace Foundation, Tufts University
    "sk.sagepub.com": "secondary",  # SAGE
    "smallarmssurvey.org": "secondary",  # Small Arms Survey
    "smh.com.au": "secondary",  # Sydney Morning Herald
    "southernafrican.news": "secondary",  # Southern African News Features (SARDC)
    "spacedaily.com": "secondary",  # Space Daily
    "spokesman.com": "secondary",  # The Spokesman-Review
    "springfieldnewssun.com": "secondary",  # Springfield News-Sun
    "standard.gm": "secondary",  # The Standard (Gambia)
    "standardmedia.co.ke": "secondary",  # The Standard (Kenya)
    "state.gov": "primary",  # US Department of State
    "statewatch.org": "secondary",  # Statewatch
    "straitstimes.com": "secondary",  # The Straits Times
    "stripes.com": "secondary",  # Stars and Stripes
    "sudantribune.com": "secondary",  # Sudan Tribune
    "taipeitimes.com": "secondary",  # Taipei Times
    "taiwannews.com.tw": "secondary",  # Taiwan News
    "taylorfrancis.com": "secondary",  # Taylor & Francis
    "telegraph.co.uk": "secondary",  # The Telegraph
    "the-star.co.ke": "secondary",  # The Star (Kenya)
    "theafricareport.com": "secondary",  # The Africa Report
    "theeastafrican.co.ke": "secondary",  # The EastAfrican
    "theglobalobservatory.org": "secondary",  # IPI Global Observatory
    "theguardian.com": "secondary",  # The Guardian
    "thehill.com": "secondary",  # The Hill
    "thehindu.com": "secondary",  # The Hindu
    "thehindubusinessline.com": "secondary",  # The Hindu BusinessLine
    "thenewhumanitarian.org": "secondary",  # The New Humanitarian
    "thesun.my": "secondary",  # The Sun (Malaysia)
    "timeslive.co.za": "secondary",  # TimesLIVE
    "today.lorientlejour.com": "secondary",  # L'Orient Today
    "tribuneonlineng.com": "secondary",  # Nigerian Tribune
    "trt.global": "secondary",  # TRT
    "trtworld.com": "secondary",  # TRT World
    "tvpworld.com": "secondary",  # TVP World
    "ubc.go.ug": "secondary",  # Uganda Broadcasting Corporation
    "uk.reuters.com": "secondary",  # Reuters
    "un-ilibrary.org": "primary",  # UN iLibrary
    "un.china-mission.gov.cn": "primary",  # Permanent Mission of China to the UN
    "un.int": "primary",  # Permanent Mission to the UN
    "un.org": "primary",  # United Nations
    "un.org.za": "primary",  # United Nations in South Africa (UN Information Centre Pretoria)
    "unamid.unmissions.org": "primary",  # UNAMID
    "undocs.org": "primary",  # United Nations (Official Document System)
    "undof.unmissions.org": "primary",  # UNDOF
    "unficyp.unmissions.org": "primary",  # UNFICYP
    "unic.or.jp": "primary",  # UN Information Centre Tokyo
    "unic.un.org.pl": "primary",  # UN Information Centre Warsaw
    "unis.unvienna.org": "primary",  # UN Information Service Vienna
    "unispal.un.org": "primary",  # United Nations (UNISPAL)
    "universalis.fr": "secondary",  # Encyclopædia Universalis
    "unmee.unmissions.org": "primary",  # UNMEE
    "unmik.unmissions.org": "primary",  # UNMIK
    "unmil.unmissions.org": "primary",  # UNMIL
    "unmis.unmissions.org": "primary",  # UNMIS
    "unmiss.unmissions.org": "primary",  # UNMISS
    "unmit.unmissions.org": "primary",  # UNMIT
    "unmogip.unmissions.org": "primary",  # UNMOGIP
    "unmultimedia.org": "primary",  # UN Multimedia
    "unny.mission.gov.au": "primary",  # Permanent Mission of Australia to the United Nations
    "unsom.unmissions.org": "primary",  # UNSOM
    "upi.com": "secondary",  # UPI
    "usa.chinadaily.com.cn": "secondary",  # China Daily
    "usacac.army.mil": "primary",  # US Army Combined Arms Center
    "usun.state.gov": "primary",  # US Mission to the United Nations
    "vice.com": "secondary",  # VICE News
    "vie-publique.fr": "primary",  # Vie publique (French government)
    "voa.pangea-cms.com": "secondary",  # Voice of America
    "voaafrica.com": "secondary",  # Voice of America
    "voanews.com": "secondary",  # Voice of America
    "wamu.org": "secondary",  # WAMU (NPR)
    "warpowers.lawandsecurity.org": "secondary",  # NYU Center on Law and Security
    "washingtonpost.com": "secondary",  # The Washington Post
    "watchlist.org": "secondary",  # Watchlist on Children and Armed Conflict
    "webarchive.unesco.org": "primary",  # UNESCO
    "westafricagateway.org": "secondary",  # Sahel and West Africa Club (OECD)
    "worldjpn.grips.ac.jp": "secondary",  # GRIPS / University of Tokyo (World and Japan database)
    "www2.ljworld.com": "secondary",  # Lawrence Journal-World
    "xinhuanet.com": "secondary",  # Xinhua
    "zawya.com": "secondary",  # Zawya
    "zdg.md": "secondary",  # Ziarul de Gardă
    "zeenews.india.com": "secondary",  # Zee News
    "zif-berlin.org": "secondary",  # Center for International Peace Operations (ZIF)
    "zitamar.com": "secondary",  # Zitamar News
}
