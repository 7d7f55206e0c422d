"""Which actors a relation rule takes as its arguments, on sentences written for the test.

Each case was a surviving mutant of the mutation check (README, development section): a
one-line change to `extract/relations/` that no test noticed, though a user would see the
wrong claim, a missing one, or a confidence that is no probability.
"""

from __future__ import annotations

import pytest

from tests.extract import stated


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the leader of al Qaeda's Iraq branch is one of al Qaeda's members, not its leader
        pytest.param("Abu Ayyub al-Masri, the al Qaeda leader of Iraq, was killed in 2010.",
                     ("abu_ayyub_al_masri", "member_of", "al_qaeda"),
                     ("abu_ayyub_al_masri", "leads", "iraq"), id="a-place-after-the-role-is-its-scope"),
        pytest.param("In a statement, Hadi al-Amiri, the head of the Badr Organization, denied the charge.",
                     ("hadi_al_amiri", "leads", "badr_organization"),
                     ("hadi_al_amiri", "member_of", "badr_organization"),
                     id="an-article-earlier-in-the-sentence-is-not-the-role's"),
        pytest.param("Hadi al-Amiri was appointed as the head of the Badr Organization.",
                     ("hadi_al_amiri", "leads", "badr_organization"), None, id="passive-appointment-as"),
        pytest.param("The Iraq-Iran war ended in 1988.",
                     ("iraq", "hostile_to", "iran"), None, id="hyphen-pair-war"),
        pytest.param("Quds Force General Qasem Soleimani visited Baghdad.",
                     ("qasem_soleimani", "member_of", "quds_force"),
                     ("qasem_soleimani", "leads", "quds_force"), id="a-rank-alone-is-membership"),
        pytest.param("Ismail Qaani is the successor of Qasem Soleimani.",
                     ("ismail_qaani", "succeeded", "qasem_soleimani"),
                     ("qasem_soleimani", "succeeded", "ismail_qaani"), id="successor-as-predicate"),
        pytest.param("Kata'ib Hezbollah said its coalition against the Islamic State would go on.",
                     ("kataib_hezbollah", "hostile_to", "islamic_state"), None, id="its-coalition-against"),
        pytest.param("Iran's coalition against the Islamic State grew.",
                     ("iran", "hostile_to", "islamic_state"), None, id="possessor-of-a-coalition-against"),
        pytest.param("Kata'ib Hezbollah regional leader Abu Ali al-Askari issued a statement.",
                     ("abu_ali_al_askari", "member_of", "kataib_hezbollah"),
                     ("abu_ali_al_askari", "leads", "kataib_hezbollah"),
                     id="a-regional-leader-is-one-of-several"),
        pytest.param("The leaders of Kata'ib Hezbollah include Abu Mahdi al-Muhandis and Abu Fadak "
                     "al-Mohammadawi.",
                     ("abu_fadak_al_mohammadawi", "member_of", "kataib_hezbollah"),
                     ("abu_fadak_al_mohammadawi", "leads", "kataib_hezbollah"),
                     id="the-leaders-of-x-include"),
        pytest.param("The 30th Brigade of the Popular Mobilization Forces moved to Mosul.",
                     ("30th Brigade", "part_of", "popular_mobilization_forces"), None,
                     id="unit-of-an-organisation"),
        pytest.param("Kata'ib Hezbollah's 45th Brigade moved to Anbar.",
                     ("45th Brigade", "part_of", "kataib_hezbollah"), None, id="an-organisations-unit"),
        pytest.param("Kata'ib Hezbollah, trained and later praised by the Quds Force, grew.",
                     ("quds_force", "backs", "kataib_hezbollah"), None, id="agent-of-the-last-passive-verb"),
        pytest.param("Amiri led the Badr Organization, a Shiite organization, considered a terrorist by the "
                     "United States, sponsored by Iran and based in Iraq.",
                     ("united_states", "sanctioned", "badr_organization"), None,
                     id="considered-a-terrorist-by"),
        pytest.param("Coalition forces killed another senior al Qaeda in Iraq leader, Abu Omar al-Kurdi, in "
                     "May.",
                     ("Coalition forces", "killed", "Abu Omar al-Kurdi"), None,
                     id="killed-a-group's-leader-x"),
        pytest.param("The Department of State is designating Kata'ib Sayyid al-Shuhada (KSS) and its "
                     "Secretary General Abu Alaa al-Walai as Specially Designated Global Terrorists.",
                     ("us_department_of_state", "sanctioned", "kataib_sayyid_al_shuhada"), None,
                     id="designating-a-group-and-its-leader"),
        # wrong readings found on the example corpus (examples/corpus) before they were mended
        pytest.param("His network reaches the Badr Organization, led by Hadi al-Amiri, which was formed in "
                     "Iran in the 1980s, and Asa'ib Ahl al-Haq (AAH), the group led by Qais al-Khazali.",
                     ("qais_al_khazali", "leads", "asaib_ahl_al_haq"),
                     ("qais_al_khazali", "leads", "badr_organization"), id="the-group-led-by-after-a-list"),
        pytest.param("His network reaches the Badr Organization, led by Hadi al-Amiri, which was formed in "
                     "Iran in the 1980s.",
                     ("hadi_al_amiri", "leads", "badr_organization"), None, id="a-participle-after-a-name"),
        pytest.param("The Framework brings together Maliki's State of Law Coalition, the Fatah Alliance led "
                     "by Hadi al-Amiri, and the Sadiqoun bloc.",
                     ("hadi_al_amiri", "leads", "fatah_alliance"),
                     ("hadi_al_amiri", "leads", "state_of_law_coalition"), id="led-by-inside-a-list"),
        pytest.param("The militia receives weapons from the Quds Force of Iran's Islamic Revolutionary Guard "
                     "Corps (IRGC), led by Qassem Soleimani.",
                     ("qasem_soleimani", "leads", "quds_force"), ("qasem_soleimani", "leads", "irgc"),
                     id="led-by-after-x-of-y"),
        pytest.param("In 2019 the U.S. Treasury sanctioned Qais al-Khazali under the Global Magnitsky human "
                     "rights program.",
                     ("us_department_of_the_treasury", "sanctioned", "qais_al_khazali"),
                     ("us_department_of_the_treasury", "sanctioned", "Global Magnitsky"),
                     id="sanctioned-under-a-program"),
        pytest.param("Nouri al-Maliki gave way to Haider al-Abadi in August 2014, and a U.S.-led "
                     "international coalition began air strikes against ISIS that summer.",
                     None, ("nouri_al_maliki", "hostile_to", "islamic_state"),
                     id="a-clause-with-its-own-subject"),
        pytest.param("Washington has targeted the Quds Force with sanctions for a decade.",
                     ("united_states", "sanctioned", "quds_force"),
                     ("united_states", "hostile_to", "quds_force"),
                     id="targeted-with-sanctions"),
        pytest.param("Badr's exiles fought on the Iranian side during the Iran-Iraq war against Saddam "
                     "Hussein's government.",
                     ("badr_organization", "hostile_to", "saddam_hussein"),
                     ("iraq", "hostile_to", "saddam_hussein"), id="a-side-of-a-pair-is-no-agent"),
        # wrong readings found on general prose (encyclopedia introductions) before they were guarded
        pytest.param("Hadi al-Amiri rose fast in the movement. Supported by Qasem Soleimani and Abu Mahdi "
                     "al-Muhandis, he built the Badr Organization into a force.",
                     ("qasem_soleimani", "backs", "hadi_al_amiri"),
                     ("qasem_soleimani", "backs", "abu_mahdi_al_muhandis"),
                     id="fronted-participle-agents"),
        pytest.param("Ammar al-Hakim spoke in Najaf. Born in Najaf, the eldest son of Abdul Aziz al-Hakim, "
                     "he joined the Islamic Supreme Council of Iraq.",
                     ("ammar_al_hakim", "member_of", "islamic_supreme_council_of_iraq"),
                     ("abdul_aziz_al_hakim", "member_of", "islamic_supreme_council_of_iraq"),
                     id="fronted-apposition-is-not-the-subject"),
        pytest.param("The brigade was founded by Abu Ali al-Basri, the namesake of the Basri Battalion, who "
                     "created the Karbala Brigade.",
                     ("Abu Ali al-Basri", "founded", "Karbala Brigade"),
                     ("Basri Battalion", "founded", "Karbala Brigade"), id="who-is-a-person"),
        pytest.param("The Iraqi Resistance fought against the American occupation of Iraq. The Committee "
                     "against the Iranian Occupation was an organization in Baghdad.",
                     ("Iraqi Resistance", "hostile_to", "united_states"),
                     ("Iraqi Resistance", "hostile_to", "iran"), id="demonym-inside-an-unknown-name"),
        pytest.param("American forces commanded by General Ray Odierno entered Tikrit.",
                     ("ray_odierno", "member_of", "united_states"),
                     ("ray_odierno", "leads", "united_states"), id="commanding-a-country's-forces"),
        pytest.param("In 2017 the Iraqi army defeated the Islamic State in Mosul. In the 2010 parliamentary "
                     "election, Ayad Allawi defeated Nouri al-Maliki by two seats.",
                     ("iraqi_army", "hostile_to", "islamic_state"),
                     ("ayad_allawi", "hostile_to", "nouri_al_maliki"), id="defeat-at-the-polls"),
        pytest.param("The Iraq–Iran security agreement was renewed. The Iraq–Turkey trade agreement was "
                     "renewed, and Iraq and Turkey signed a free trade agreement in 2010.",
                     ("iran", "allied_with", "iraq"), ("iraq", "allied_with", "turkey"), id="trade-pact"),
        pytest.param("The Islamic State captured Mosul and the Iraqi Army garrison.",
                     ("islamic_state", "controls", "mosul"),
                     ("islamic_state", "controls", "iraqi_army"), id="capturing-a-force"),
        pytest.param("Fatah Alliance Chief Minister Ali Hassan spoke to reporters.",
                     ("Ali Hassan", "member_of", "fatah_alliance"),
                     ("Ali Hassan", "leads", "fatah_alliance"), id="party-member-holds-a-state-office"),
        pytest.param("Anti-coalition forces, led by Abu Bakr al-Baghdadi, attacked the base.",
                     None, ("abu_bakr_al_baghdadi", "leads", "coalition forces"),
                     id="anti-x-is-not-x"),
        pytest.param("The Federal Court backed Iraq's designation of the Fatah Alliance to form a "
                     "government.",
                     None, ("iraq", "sanctioned", "fatah_alliance"), id="designation-to-govern"),
        pytest.param("The Federal Court backed Iraq's designation of the Fatah Alliance to form a "
                     "government.",
                     None, ("Federal Court", "backs", "iraq"), id="backing-a-stance"),
        pytest.param("Ali Hassan was an Iraqi army officer. Omar Saleh was an Iraqi journalist who worked "
                     "for Al Sumaria.",
                     ("Ali Hassan", "member_of", "iraqi_army"),
                     ("Omar Saleh", "member_of", "iraq"), id="a-journalist-serves-no-state"),
        pytest.param("General John Abizaid, the American commander in Iraq, met Ayad Allawi.",
                     ("John Abizaid", "member_of", "united_states"),
                     ("John Abizaid", "leads", "iraq"), id="commander-in-a-place"),
        pytest.param("Ali Hassan, a member of Jordan's Senate, spoke in Amman.",
                     ("Ali Hassan", "member_of", "Senate"),
                     ("Ali Hassan", "member_of", "jordan"),
                     id="member-of-a-country's-body"),
        pytest.param("Ali Hassan joined the army in 1980. He fought on the Badr Organization side in the "
                     "war.",
                     None, ("Ali Hassan", "hostile_to", "badr_organization"), id="fought-on-a-side"),
        pytest.param("Kata'ib Hezbollah grew through its cooperation with Asa'ib Ahl al-Haq and Harakat "
                     "al-Nujaba.",
                     ("kataib_hezbollah", "allied_with", "harakat_hezbollah_al_nujaba"),
                     ("asaib_ahl_al_haq", "allied_with", "harakat_hezbollah_al_nujaba"),
                     id="cooperation-with-a-list"),
        pytest.param("Iraq defeated Iran 2-1 in the final of the Asian Cup in Jakarta.",
                     None, ("iraq", "hostile_to", "iran"), id="a-defeat-on-the-field"),
        pytest.param("The State Department designated Kata'ib Hezbollah as a Foreign Terrorist Organization. "
                     "The Iraqi parliament designated the Iraqi Red Crescent Society as the national "
                     "humanitarian body.",
                     ("us_department_of_state", "sanctioned", "kataib_hezbollah"),
                     ("council_of_representatives_of_iraq", "sanctioned", "Iraqi Red Crescent Society"),
                     id="designated-a-monument"),
        pytest.param("Abu Mahdi al-Muhandis was trained by the Quds Force. Hadi al-Amiri was trained in "
                     "calligraphy by Ali Hassan.",
                     ("quds_force", "backs", "abu_mahdi_al_muhandis"),
                     ("Ali Hassan", "backs", "hadi_al_amiri"), id="a-teacher-backs-no-one"),
        pytest.param("Ali Hassan is an Iraqi army officer. Omar Saleh is an Iraqi film director.",
                     ("Ali Hassan", "member_of", "iraqi_army"), ("Omar Saleh", "member_of", "iraq"),
                     id="a-role-in-a-field-is-not-in-the-state's-service"),
        pytest.param("The veteran served in Nouri al-Maliki's government for years. Currently, he is the "
                     "head of the Iraqi Red Crescent Society.",
                     None, ("nouri_al_maliki", "leads", "Iraqi Red Crescent Society"),
                     id="a-name-that-only-modifies-is-not-what-the-text-is-about"),
        pytest.param("Iranian weapons reached Kata'ib Hezbollah. Hadi al-Amiri worked with Iranian artists "
                     "in Tehran.",
                     None, ("hadi_al_amiri", "allied_with", "iran"), id="a-demonym-on-civilians"),
        pytest.param("U.S. forces killed Abu Omar al-Baghdadi and Abu Ayyub al-Masri in April 2010.",
                     ("united_states", "killed", "abu_omar_al_baghdadi"), None,
                     id="a-name-the-parse-hangs-inside-the-next-is-listed-with-it"),
        pytest.param("Iraqi security forces, supported by coalition airstrikes, fought Islamic State "
                     "militants.",
                     ("iraqi_security_forces", "hostile_to", "islamic_state"),
                     ("islamic_state", "backs", "iraqi_security_forces"),
                     id="a-passive-without-a-named-agent-ends-at-the-next-verb"),
        pytest.param("Jamal Jaafar Ibrahimi, an adviser to Qasem Soleimani, was born in Basra.",
                     ("Jamal Jaafar Ibrahimi", "born_in", "basra"), None,
                     id="a-given-name-taken-for-a-place-opens-the-name"),
        pytest.param("Abu Ayyub al-Masri succeeded Abu Musab al-Zarqawi as leader of al-Qaeda in Iraq.",
                     ("abu_musab_al_zarqawi", "leads", "al_qaeda_in_iraq"), None,
                     id="succeeded-as-leader-of"),
        pytest.param("Harakat Hezbollah al-Nujaba is one of the factions of the Popular Mobilization Forces. "
                     "Iraq is one of the members of the Arab League.",
                     ("harakat_hezbollah_al_nujaba", "part_of", "popular_mobilization_forces"),
                     ("iraq", "part_of", "arab_league"), id="one-of-the-factions-of"),
        pytest.param("The Quds Force trains and funds Iraqi militias including Kata'ib Hezbollah. The "
                     "funds of Asa'ib Ahl al-Haq come from Iran.",
                     ("quds_force", "backs", "kataib_hezbollah"), ("quds_force", "backs", "iraq"),
                     id="a-present-tense-the-model-took-for-a-plural-noun"),
        pytest.param("Abu Khalid al-Iraqi is a senior leader of Kata'ib Hezbollah.",
                     ("Abu Khalid al-Iraqi", "member_of", "kataib_hezbollah"), None,
                     id="a-nisba-is-part-of-the-name-not-the-country"),
        pytest.param("Ali Hassan has provided material support to the Islamic State. Hadi al-Amiri gave a "
                     "speech to the Badr Organization.",
                     ("Ali Hassan", "backs", "islamic_state"),
                     ("hadi_al_amiri", "backs", "badr_organization"),
                     id="provided-support-to"),
        pytest.param("Iran supplied Kata'ib Hezbollah with rockets and training.",
                     ("iran", "backs", "kataib_hezbollah"), None, id="supplied-with-weapons"),
        pytest.param("Iran-backed militias such as Asa'ib Ahl al-Haq and Kata'ib Hezbollah have attacked "
                     "U.S. forces in Iraq.",
                     ("asaib_ahl_al_haq", "hostile_to", "united_states"), None,
                     id="the-parse-splits-a-listed-name-into-a-conjunct"),
        pytest.param("U.S. aircraft struck Kata'ib Hezbollah positions near al-Qaim. The United States "
                     "backed Iraq's position on the dam.",
                     ("united_states", "hostile_to", "kataib_hezbollah"), ("united_states", "backs", "iraq"),
                     id="a-group's-positions-are-struck-a-state's-position-is-backed"),
        pytest.param("U.S. Central Command said its aircraft struck five Kata'ib Hezbollah facilities.",
                     ("centcom", "hostile_to", "kataib_hezbollah"), None, id="its-aircraft"),
        pytest.param("Operation Inherent Resolve spokesman Army Col. Steve Warren told reporters the city "
                     "was cleared.",
                     ("Steve Warren", "member_of", "cjtf_oir"), None, id="a-service-before-the-rank"),
        pytest.param("Brig. Gen. Saad Maan, spokesman for the Baghdad Operations Command and Iraq's Interior "
                     "Ministry, spoke on Monday.",
                     ("Saad Maan", "member_of", "iraqi_ministry_of_interior"), None,
                     id="one-role-for-two-bodies"),
        pytest.param("U.S. Secretary of State Mike Pompeo announced the designation, the State Department "
                     "said.",
                     ("mike_pompeo", "leads", "us_department_of_state"), None,
                     id="a-national-title-of-a-department's-head"),
        pytest.param("The sanctions target the Islamic Revolutionary Guard Corps’ Quds Force.",
                     ("quds_force", "part_of", "irgc"), None, id="a-curly-possessive-of-a-unit"),
        pytest.param("Iraqi forces recaptured Samarra in June 2014. ISIL militants captured the cities of "
                     "Fallujah and Ramadi in January 2014.",
                     ("iraqi_security_forces", "controls", "samarra"),
                     ("iraqi_security_forces", "controls", "fallujah"), id="recaptured-and-the-cities-of"),
        pytest.param("The offensive brought much of Anbar under ISIL control. Tikrit remained under the "
                     "control of the Islamic State until 2015.",
                     ("islamic_state", "controls", "tikrit"), None, id="under-the-control-of"),
        pytest.param("Hadi al-Amiri said the Popular Mobilization Forces are under the control of the prime "
                     "minister.",
                     None, ("hadi_al_amiri", "controls", "popular_mobilization_forces"),
                     id="the-prime-minister-is-not-the-last-person-named"),
        pytest.param("Kata'ib Sayyid al-Shuhada has been described as an Iranian proxy. Kata'ib Hezbollah is "
                     "an Iranian proxy group. Chile ranks as Iraq's largest trading partner.",
                     ("iran", "backs", "kataib_sayyid_al_shuhada"), ("iraq", "allied_with", "chile"),
                     id="described-as-a-proxy"),
        pytest.param("The designations make it a crime to provide support to Kata'ib Hezbollah, the State "
                     "Department said.",
                     None, ("us_department_of_state", "backs", "kataib_hezbollah"),
                     id="an-infinitive-gives-nothing"),
        pytest.param("Qais al-Khazali split from Muqtada al-Sadr's Mahdi Army in 2004. Muqtada al-Sadr broke "
                     "with Iran in 2019.",
                     ("qais_al_khazali", "member_of", "mahdi_army"), ("muqtada_al_sadr", "member_of", "iran"),
                     id="who-splits-from-a-group-was-its-member"),
        pytest.param("Qais al-Khazali split from Muqtada al-Sadr's Mahdi Army in 2004. Kurt Vonnegut's "
                     "Slaughterhouse-Five Publishing sold well.",
                     ("muqtada_al_sadr", "leads", "mahdi_army"), None, id="a-leader's-own-group"),
        pytest.param("Other members of the Islamic Resistance in Iraq include Kata'ib Hezbollah and Harakat "
                     "al-Nujaba.",
                     ("kataib_hezbollah", "part_of", "islamic_resistance_in_iraq"), None,
                     id="its-members-include-groups"),
        pytest.param("Kata'ib Sayyid al-Shuhada was one of the original militias that formed the Popular "
                     "Mobilization Forces in 2014.",
                     ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces"),
                     ("kataib_sayyid_al_shuhada", "founded", "popular_mobilization_forces"),
                     id="one-of-the-militias-that-formed"),
        pytest.param("The Badr Organization was founded in Iran in 1982. It is a part of the Popular "
                     "Mobilization Forces.",
                     ("badr_organization", "part_of", "popular_mobilization_forces"), None,
                     id="it-is-a-part-of"),
        pytest.param("Clashes have occurred between tribal militias, Iraqi security forces, and the Islamic "
                     "State.",
                     ("iraqi_security_forces", "hostile_to", "islamic_state"), None,
                     id="clashes-occurred-between"),
        pytest.param("The United States struck Kata’ib Hizbollah facilities across Iraq and Hezbollah "
                     "positions in Lebanon.",
                     ("united_states", "hostile_to", "kataib_hezbollah"), None,
                     id="a-spelling-of-a-name's-word-the-pack-lists"),
        pytest.param("Abu Mahdi al-Muhandis was an Iraqi paramilitary leader and former chief of staff of "
                     "the Popular Mobilization Forces.",
                     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces"),
                     ("abu_mahdi_al_muhandis", "member_of", "iraq"),
                     id="a-paramilitary-leader-is-not-in-the-state's-service"),
        pytest.param("Abu Mahdi al-Muhandis was an Iraqi paramilitary commander who led Kata'ib Hezbollah.",
                     ("abu_mahdi_al_muhandis", "leads", "kataib_hezbollah"),
                     ("abu_mahdi_al_muhandis", "member_of", "iraq"),
                     id="a-paramilitary-commander-is-in-no-state's-service-either"),
        pytest.param("The Treasury Department sanctioned Islamic State officials who operate in Libya.",
                     None, ("us_department_of_the_treasury", "sanctioned", "islamic_state"),
                     id="sanctioning-a-group's-officials-is-not-sanctioning-the-group"),
        pytest.param("The State Department designated two ISIS leaders, Ahmad Alkhald and Abu Yahya "
                     "al-Iraqi, as Specially Designated Global Terrorists.",
                     ("us_department_of_state", "sanctioned", "Abu Yahya al-Iraqi"),
                     ("us_department_of_state", "sanctioned", "islamic_state"),
                     id="the-officials-a-designation-lists-are-its-object"),
        pytest.param("Two Kata'ib Hezbollah commanders, Abu Ali al-Askari and Abu Hussein al-Hamidawi, were "
                     "killed.",
                     ("abu_ali_al_askari", "member_of", "kataib_hezbollah"),
                     ("abu_ali_al_askari", "leads", "kataib_hezbollah"),
                     id="one-of-two-commanders-leads-nothing"),
        pytest.param("Iraj Masjedi served as Iran's ambassador to Iraq.",
                     ("iraj_masjedi", "member_of", "iran"), ("iraj_masjedi", "member_of", "iraq"),
                     id="an-ambassador-serves-the-state-that-sends-him"),
        pytest.param("Matthew Tueller, the U.S. Ambassador to Iraq, met Prime Minister Adel Abdul-Mahdi.",
                     ("matthew_tueller", "member_of", "united_states"),
                     ("matthew_tueller", "member_of", "iraq"),
                     id="an-ambassador-in-apposition"),
        pytest.param("The Badr Organization is led by Hadi al-Amiri and his deputy Abu Mahdi al-Muhandis.",
                     ("abu_mahdi_al_muhandis", "member_of", "badr_organization"),
                     ("abu_mahdi_al_muhandis", "leads", "badr_organization"),
                     id="led-by-a-leader-and-his-deputy"),
        pytest.param("The members included Hadi al-Amiri, Qais al-Khazali, and Kata'ib Hezbollah founder "
                     "Abu Mahdi al-Muhandis.",
                     ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah"),
                     ("qais_al_khazali", "founded", "kataib_hezbollah"),
                     id="a-list's-last-comma-is-no-apposition"),
        pytest.param("Hadi al-Amiri is working with the Quds Force to reshape the security services away "
                     "from fighting ISIS, to instead support Kata'ib Hezbollah.",
                     ("hadi_al_amiri", "backs", "kataib_hezbollah"),
                     ("islamic_state", "backs", "kataib_hezbollah"),
                     id="an-infinitive's-subject-is-up-the-chain-of-clauses"),
        pytest.param("Kurdish Peshmerga forces, backed by coalition airstrikes, retook the town of Sinjar "
                     "from ISIS in November 2015.",
                     ("peshmerga", "controls", "sinjar"), None, id="retook-whose-lemma-the-model-misses"),
        pytest.param("Nouri al-Maliki, a rival of Muqtada al-Sadr, leads the State of Law Coalition.",
                     ("nouri_al_maliki", "leads", "state_of_law_coalition"),
                     ("nouri_al_maliki", "hostile_to", "muqtada_al_sadr"), id="a-rival-is-no-enemy"),
        pytest.param("Both the United States and Iran oppose the Islamic State.",
                     ("united_states", "hostile_to", "islamic_state"),
                     ("united_states", "allied_with", "iran"), id="taking-the-same-stand-is-no-alliance"),
        pytest.param("In 2014, the militia fought alongside the Iraqi Army against the Islamic State in "
                     "Amerli.",
                     None, ("iraqi_army", "allied_with", "islamic_state"),
                     id="a-description-is-none-of-its-verb's-other-arguments"),
        pytest.param("Kata'ib Hezbollah attempted to assassinate Mustafa al-Kadhimi in 2021.",
                     ("kataib_hezbollah", "hostile_to", "mustafa_al_kadhimi"),
                     ("kataib_hezbollah", "killed", "mustafa_al_kadhimi"),
                     id="an-attempt-to-kill-is-an-attack"),
        pytest.param("Iraq's parliament voted to expel U.S. troops after the killing of Soleimani.",
                     None, ("council_of_representatives_of_iraq", "hostile_to", "united_states"),
                     id="a-vote-to-expel-is-no-fight"),
        pytest.param("The order names two commanders from the Kata'ib Hezbollah Iran-backed militia, as "
                     "well as Abu Ali al-Askari.",
                     None, ("iran", "backs", "abu_ali_al_askari"), id="as-well-as-ends-the-backed-phrase"),
        pytest.param("The gains are the fruit of the coalition's pledge to train and equip partner forces, "
                     "Steve Warren said.",
                     None, ("coalition", "backs", "Steve Warren"), id="the-reporting-clause-is-no-object"),
        pytest.param("Abu Bakr al-Baghdadi accepted the pledges of fighters in Libya, thereby creating ISIL "
                     "branches there.",
                     None, ("abu_bakr_al_baghdadi", "founded", "islamic_state"),
                     id="creating-a-group's-branches-founds-no-group"),
        pytest.param("In May the State Department designated ISIL's branches in Libya and Yemen.",
                     None, ("us_department_of_state", "sanctioned", "islamic_state"),
                     id="designating-a-group's-branches"),
        pytest.param("Qasem Soleimani, the commander of Iran's Islamic Revolutionary Guard Corps-Quds Force, "
                     "was killed in Baghdad.",
                     ("qasem_soleimani", "leads", "quds_force"), ("qasem_soleimani", "leads", "irgc"),
                     id="the-commander-of-a-hyphen-joined-unit"),
        pytest.param("Secretary Pompeo pledged to continue to work with Prime Minister Mustafa al-Kadhimi on "
                     "reforms.",
                     None, ("Pompeo", "allied_with", "mustafa_al_kadhimi"), id="a-pledge-asserts-nothing"),
        pytest.param("Iraqi security forces tore Hit from ISIL's grasp and gave it back to the people.",
                     ("islamic_state", "controls", "hit"), None, id="torn-from-a-group's-grasp"),
        pytest.param("Qais al-Khazali was a spokesman for Muqtada al-Sadr before he broke away to form "
                     "Asa'ib Ahl al-Haq.",
                     ("qais_al_khazali", "founded", "asaib_ahl_al_haq"),
                     ("muqtada_al_sadr", "founded", "asaib_ahl_al_haq"),
                     id="he-in-a-before-clause-is-the-subject"),
        pytest.param("Ismail Qaani came, a successor to the late General Qassem Soleimani, who ruled the "
                     "Quds Force for years, before he was killed by a US drone in 2020.",
                     ("united_states", "killed", "qasem_soleimani"),
                     ("united_states", "killed", "ismail_qaani"),
                     id="he-after-a-relative-clause-is-its-person"),
        pytest.param("Kata'ib Hezbollah (KH) commander Abu Fadak al-Mohammedawi visited Baghdad.",
                     ("abu_fadak_al_mohammadawi", "leads", "kataib_hezbollah"), None,
                     id="a-title-after-a-bracketed-acronym"),
        pytest.param("The Syrian Democratic Forces continue to eliminate ISIS in Raqqa, while Iraqi Security "
                     "Forces are combating ISIL in Anbar.",
                     ("syrian_democratic_forces", "hostile_to", "islamic_state"), None,
                     id="eliminating-and-combating"),
        pytest.param("Manchester United eliminated Bayern Munich in the Champions League semi-final.",
                     None, ("Manchester United", "hostile_to", "Bayern Munich"), id="eliminated-from-a-cup"),
        pytest.param("Falih al-Fayyadh is an Iraqi politician who chairs the Popular Mobilization "
                     "Commission.",
                     None, ("falih_al_fayyadh", "member_of", "iraq"),
                     id="a-politician-holds-no-post-of-the-state"),
        pytest.param("Hadi al-Amiri was an Iraqi commander.",
                     ("hadi_al_amiri", "member_of", "iraq"), None,
                     id="a-commander-with-only-a-demonym-serves-the-state"),
        pytest.param("Iraqi troops began their offensive to recapture western Mosul on 19 February 2017.",
                     None, ("iraqi_security_forces", "controls", "mosul"), id="an-offensive-to-recapture"),
        pytest.param("The Popular Mobilization fighters joined the Popular Mobilization Forces. The 47th "
                     "Popular Mobilization Forces brigade moved.",
                     ("47th Popular Mobilization Forces brigade", "part_of",
                      "popular_mobilization_forces"),
                     ("popular_mobilization_forces", "part_of", "Popular Mobilization"),
                     id="a-name-and-its-force-word-are-one-body"),
        pytest.param("Organizations in the Popular Mobilization Forces which pledge allegiance to Iran "
                     "include the Badr Organization, Asa'ib Ahl al-Haq and Kata'ib Hezbollah.",
                     ("kataib_hezbollah", "part_of", "popular_mobilization_forces"), None,
                     id="groups-in-a-body-include"),
        pytest.param("Following the death of former ISIS leader Abu Bakr al-Baghdadi, Ali Hassan "
                     "succeeded him.",
                     ("Ali Hassan", "succeeded", "abu_bakr_al_baghdadi"), None,
                     id="an-object-pronoun-is-not-its-clause's-subject"),
        pytest.param("Kata'ib Hezbollah is designated a terror organisation by the governments of Japan, "
                     "the US and the UAE.",
                     ("united_arab_emirates", "sanctioned", "kataib_hezbollah"), None,
                     id="a-list-with-articles-after-by"),
        pytest.param("Asa'ib Ahl al-Haq grew after 2007. Akram al-Kaabi became acting commander of the "
                     "organization until 2010.",
                     ("akram_al_kaabi", "leads", "asaib_ahl_al_haq"), None,
                     id="commander-of-the-organization"),
        pytest.param("Iraqi troops and Peshmerga fighters engaged ISIL outside Mosul. Qais al-Khazali "
                     "directed the 2007 attack on American forces in Karbala.",
                     ("qais_al_khazali", "hostile_to", "united_states"), None,
                     id="engaged-and-directed-the-attack"),
        pytest.param("Qais al-Khazali was expelled from the Mahdi Army in 2004. Muqtada al-Sadr expelled "
                     "Hadi al-Amiri from the Badr Organization.",
                     ("qais_al_khazali", "member_of", "mahdi_army"),
                     ("muqtada_al_sadr", "hostile_to", "hadi_al_amiri"), id="expelled-from-a-group"),
        pytest.param("Ali Hassan was active in ISIS's predecessor organization, al-Qaeda in Iraq, and in the "
                     "Dawa Party.",
                     ("Ali Hassan", "member_of", "islamic_dawa_party"),
                     ("Ali Hassan", "member_of", "islamic_state"),
                     id="active-in-not-in-a-predecessor"),
        pytest.param("Abu Mahdi al-Muhandis was on the United States list of designated terrorists since "
                     "2009.",
                     ("united_states", "sanctioned", "abu_mahdi_al_muhandis"), None,
                     id="on-a-terrorist-list"),
        pytest.param("Mike Pompeo, the U.S. secretary of state, spoke.",
                     ("mike_pompeo", "member_of", "united_states"), None,
                     id="a-country's-secretary-of-state"),
        pytest.param("Ali Hassan was active in al-Qai’da in Iraq and rose through the ranks of ISIS.",
                     ("Ali Hassan", "member_of", "al_qaeda_in_iraq"), None,
                     id="a-listed-spelling-after-an-article"),
        pytest.param("Qais al-Khazali is an Iraqi cleric. A former follower of Muqtada al-Sadr, he was "
                     "expelled from the Mahdi Army in 2004.",
                     ("qais_al_khazali", "member_of", "mahdi_army"),
                     ("muqtada_al_sadr", "member_of", "mahdi_army"), id="a-fronted-description-is-not-he"),
        pytest.param("The Treasury said Rayan al-Kildani is the leader of the 50th Brigade militia.",
                     ("rayan_al_kildani", "leads", "50th Brigade"),
                     ("rayan_al_kildani", "member_of", "50th Brigade"),
                     id="a-group-word-after-the-name-keeps-the-leader"),
        pytest.param("Harakat al-Nujaba emerged in 2013 as an offshoot of Asa'ib Ahl al-Haq.",
                     None, ("harakat_hezbollah_al_nujaba", "part_of", "asaib_ahl_al_haq"),
                     id="an-offshoot-is-no-part"),
        pytest.param("Harakat al-Nujaba was founded in Iraq. It was established in 2013 by Akram al-Kaabi to "
                     "support Bashar al-Assad in Syria.",
                     ("harakat_hezbollah_al_nujaba", "backs", "bashar_al_assad"),
                     ("akram_al_kaabi", "backs", "bashar_al_assad"),
                     id="the-purpose-of-what-was-established"),
        pytest.param("Abu Fadak is working with the Quds Force to reshape Iraqi institutions away from "
                     "fighting ISIS, to instead support Iran's malign activities.",
                     None, ("islamic_state", "backs", "iran"), id="what-is-fought-backs-nothing"),
        pytest.param("Some PMF groups maintain ties to Iran. Iran backs many Iraqi militias including "
                     "Kata'ib Hezbollah.",
                     ("iran", "backs", "kataib_hezbollah"),
                     ("popular_mobilization_forces", "allied_with", "iran"),
                     id="some-of-its-groups-are-not-the-group"),
        pytest.param("Ali Hassan is also a member of Egyptian Islamic Jihad. Abu Jihad al-Hashemi spoke.",
                     ("Ali Hassan", "member_of", "Egyptian Islamic Jihad"), None,
                     id="a-demonym-opens-a-group's-name"),
        pytest.param("US State Department Spokesperson Morgan Ortagus said the call went well. Sigal "
                     "Mandelker, Treasury undersecretary for terrorism, said so.",
                     ("Morgan Ortagus", "member_of", "us_department_of_state"), None,
                     id="a-role-the-model-took-into-a-name"),
        pytest.param("Sigal Mandelker, Treasury undersecretary for terrorism and financial intelligence, "
                     "said so.",
                     ("Sigal Mandelker", "member_of", "us_department_of_the_treasury"), None,
                     id="an-undersecretary"),
        pytest.param("Iraqi forces this weekend regained full control of the Beiji Oil Refinery. Iraqi "
                     "forces have secured the towns of Anah and Rawa.",
                     ("iraqi_security_forces", "controls", "baiji_refinery"), None,
                     id="regained-control-of"),
        pytest.param("Ali Hassan named Hadi al-Amiri as the head of the Badr Organization.",
                     ("hadi_al_amiri", "leads", "badr_organization"),
                     ("Ali Hassan", "leads", "badr_organization"), id="named-x-as-head"),
        pytest.param("Ansar al-Sunna has close links to al-Qaeda and receives funding from it. The attacks "
                     "were linked to Kata'ib Hezbollah.",
                     ("al_qaeda", "backs", "ansar_al_sunna"), None, id="funding-from-it"),
        pytest.param("Badr is closely tied to Iran. Esmail Qaani took command of the Quds Force in 2020.",
                     ("ismail_qaani", "leads", "quds_force"), None, id="tied-to-and-took-command-of"),
        pytest.param("Iraqi forces pressed their fight to liberate western Mosul, Iraq, from Islamic State "
                     "control.",
                     ("islamic_state", "controls", "mosul"), ("islamic_state", "controls", "iraq"),
                     id="the-country-after-a-city-only-locates-it"),
        pytest.param("U.S. strikes hit a node used by the Iran-backed group Kata'ib Hezbollah near Jurf "
                     "al-Saqr.",
                     ("iran", "backs", "kataib_hezbollah"), ("iran", "backs", "jurf_al_sakhar"),
                     id="a-place-after-an-iran-backed-group-is-no-backed-group"),
        pytest.param("Fighters from the Nour al-Din al-Zanki Brigade took over the al-Abbas Brigade's "
                     "headquarters in Aleppo.",
                     ("Nour al-Din al-Zanki Brigade", "hostile_to", "al-Abbas Brigade"),
                     ("Nour al-Din al-Zanki Brigade", "controls", "al-Abbas Brigade"),
                     id="who-seizes-a-groups-headquarters-fights-the-group"),
        pytest.param("CENTCOM condemned the attacks against U.S. forces by Kata'ib Hezbollah.",
                     ("kataib_hezbollah", "hostile_to", "united_states"),
                     ("centcom", "hostile_to", "united_states"),
                     id="who-condemns-an-attack-against-x-does-not-fight-x"),
        pytest.param("Saraya al-Khorasani was created in September 2013 with the support of Iran.",
                     ("iran", "backs", "saraya_talia_al_khurasani"), None, id="created-with-the-support-of"),
        pytest.param("Kata'ib Hezbollah operates with Iranian backing.",
                     ("iran", "backs", "kataib_hezbollah"), ("kataib_hezbollah", "allied_with", "iran"),
                     id="operating-with-backing-is-being-backed"),
        pytest.param("The Mahdi Army waged an insurgency against the United States.",
                     ("mahdi_army", "hostile_to", "united_states"), None, id="an-insurgency-against"),
        pytest.param("The Babylon Brigades had been involved in defending the Nineveh Plains from ISIS.",
                     ("kataib_babiliyoun", "hostile_to", "islamic_state"), None, id="defending-a-place-from"),
        pytest.param("The coalition to defeat ISIS congratulated Prime Minister Haider al-Abadi.",
                     ("coalition", "hostile_to", "islamic_state"), None, id="the-coalition-to-defeat"),
        pytest.param("Amaq News Agency and Al Hayat Media Center are two media wings of ISIS.",
                     ("Al Hayat Media Center", "part_of", "islamic_state"), None,
                     id="a-known-name-opening-another"),
        pytest.param("The Fatah Alliance is made up of the Badr Organization and Asa'ib Ahl al-Haq. Iran "
                     "made Qasem Soleimani a hero.",
                     ("asaib_ahl_al_haq", "part_of", "fatah_alliance"),
                     ("qasem_soleimani", "member_of", "iran"), id="made-up-of-but-not-made"),
        pytest.param("The 47th Brigade of the Popular Mobilization Forces reportedly consists of members of "
                     "Kata'ib Hezbollah.",
                     None, ("kataib_hezbollah", "part_of", "47th Brigade"),
                     id="consists-of-members-of-a-group"),
        pytest.param("The Golden Division consists of the Counter Terrorism Command and the 1st Special "
                     "Operations Brigade.",
                     ("1st Special Operations Brigade", "part_of", "counter_terrorism_service"), None,
                     id="consists-of"),
        pytest.param("Nibras Farman, an agent for the Iraqi National Intelligence Service, was arrested.",
                     ("Nibras Farman", "member_of", "iraqi_national_intelligence_service"), None,
                     id="an-agent-for"),
        pytest.param("Rayan al-Kildani acknowledged his ties to the Popular Mobilization Forces. Iraq "
                     "denied its links to Kata'ib Hezbollah.",
                     ("rayan_al_kildani", "allied_with", "popular_mobilization_forces"),
                     ("iraq", "allied_with", "kataib_hezbollah"), id="his-ties-to-but-not-denied-links"),
        pytest.param("President Obama announced that all U.S. combat brigades would leave Iraq.",
                     ("Obama", "leads", "united_states"), None, id="a-title-and-the-holders-surname"),
        pytest.param("The visit to Iraq by Vice President Biden was followed by talks in the United States.",
                     ("Biden", "member_of", "united_states"), ("Biden", "leads", "united_states"),
                     id="a-vice-president-serves-the-state"),
        pytest.param("Today, the Department of State is designating Iran-aligned militia groups Harakat "
                     "al-Nujaba, Kata’ib Sayyid al-Shuhada and Kata’ib al-Imam Ali as terrorists.",
                     ("iran", "allied_with", "kataib_al_imam_ali"), None,
                     id="x-aligned-groups-then-their-names"),
        pytest.param("Iraqi forces advanced, said Army Col. Ryan Dillon, spokesman for Combined Joint Task "
                     "Force Operation Inherent Resolve. But, as a sign of its decline, Dillon said, on June "
                     "21 ISIS blew up a mosque. “The fighters detonated it at night,” Dillon said. And more "
                     "effort will be needed to rebuild the city, Dillon said.",
                     ("Ryan Dillon", "member_of", "cjtf_oir"), None,
                     id="a-surname-the-model-took-for-a-group-is-the-persons"),
        pytest.param("The Treasury Department imposed sanctions against 15 Islamic State figures. It also "
                     "imposed sanctions on Kata'ib Hezbollah.",
                     ("us_department_of_the_treasury", "sanctioned", "kataib_hezbollah"),
                     ("us_department_of_the_treasury", "sanctioned", "islamic_state"),
                     id="sanctions-on-a-groups-figures-are-not-on-the-group"),
        pytest.param("Parts of the Sinjar Resistance Units eventually joined the Popular Mobilization "
                     "Forces.",
                     None, ("sinjar_resistance_units", "part_of", "popular_mobilization_forces"),
                     id="parts-of-a-group-that-join-are-not-the-group"),
        pytest.param("In late November, coalition forces killed Abu Saleh, the ISIL financial minister.",
                     ("Abu Saleh", "member_of", "islamic_state"), ("Abu Saleh", "leads", "islamic_state"),
                     id="a-groups-minister-is-one-of-its-members"),
        pytest.param("Tensions between the U.S. and Iran had been high since 2020.",
                     None, ("united_states", "hostile_to", "iran"), id="tension-is-no-fight"),
        pytest.param("YBS and YJE work with the People's Defence Forces (HPG) of the Kurdistan Workers' "
                     "Party.",
                     ("People's Defence Forces", "part_of", "pkk"), None,
                     id="a-name-ends-before-the-bracket-it-opens"),
        pytest.param("The IRGC-QF targets US, Israeli, Saudi, and UAE interests.",
                     ("quds_force", "hostile_to", "saudi_arabia"), None, id="targets-read-as-a-plural-noun"),
        pytest.param("Saraya Awliya al-Dam is a Shi'ite pro-Iran militia based in Iraq. During the protests, "
                     "the pro-Iran factions of the PMF were responsible for killing protesters.",
                     ("saraya_awliya_al_dam", "allied_with", "iran"),
                     ("popular_mobilization_forces", "allied_with", "iran"),
                     id="a-pro-iran-militia-but-not-the-whole-of-its-factions"),
        pytest.param("Saraya Awliya al-Dam is often classified as an Iranian proxy.",
                     ("iran", "backs", "saraya_awliya_al_dam"), None, id="classified-as-a-proxy"),
        pytest.param("Joining us today is Colonel Steve Warren from Operation Inherent Resolve. Iraqi "
                     "forces freed Abu Ali from the Islamic State.",
                     ("Steve Warren", "member_of", "cjtf_oir"),
                     ("Abu Ali", "member_of", "islamic_state"),
                     id="a-person-from-a-body-but-not-freed-from-it"),
        pytest.param("Pentagon Chief Spokesperson Dana W. White said the meeting went well.",
                     ("Dana W. White", "member_of", "us_department_of_defense"),
                     ("Dana W. White", "leads", "us_department_of_defense"),
                     id="a-role-the-model-took-into-a-persons-name"),
        pytest.param("Abu Abd al-Rahman al-Masri was an al Qaeda leader.",
                     ("Abu Abd al-Rahman al-Masri", "member_of", "al_qaeda"), None,
                     id="an-before-a-name-opening-with-al"),
        pytest.param("The Department of State has amended the terrorist designation of the Islamic State "
                     "of Iraq and Syria (ISIS) to include Amaq News Agency and Al Hayat Media Center.",
                     ("us_department_of_state", "sanctioned", "Al Hayat Media Center"), None,
                     id="a-designation-amended-to-include"),
        pytest.param("Saraya al-Khorasani, also known as the 18th Brigade of the Popular Mobilization "
                     "Forces, is a militia formed in 2013.",
                     ("saraya_talia_al_khurasani", "part_of", "popular_mobilization_forces"), None,
                     id="a-numbered-unit-the-model-cut-from-its-number"),
        pytest.param("The Islamic State of Iraq possessed de facto control over the Anbar and Diyala "
                     "governorates.",
                     ("islamic_state_of_iraq", "controls", "anbar_governorate"),
                     None, id="control-over"),
        pytest.param("Reuters said the abuses were committed by Islamic State, the militant group that "
                     "controlled parts of Iraq for several years.",
                     ("islamic_state", "controls", "iraq"), ("reuters", "controls", "iraq"),
                     id="the-group-after-a-name-and-comma-is-that-name"),
        pytest.param("Iraqi forces succeeded in liberating the city of Hawija from the grasp of the Islamic "
                     "State.",
                     ("islamic_state", "controls", "hawija"), None, id="from-the-grasp-of"),
        pytest.param("Harakat al-Nujaba is supported by Lebanese Hezbollah and acts as part of the Axis of "
                     "Resistance. It joined the Islamic Resistance in Iraq in 2020.",
                     ("harakat_hezbollah_al_nujaba", "part_of", "Axis of Resistance"), None,
                     id="acts-as-part-of-after-and"),
        pytest.param("Harakat al-Nujaba joined the Islamic Resistance in Iraq in 2020.",
                     ("harakat_hezbollah_al_nujaba", "part_of", "islamic_resistance_in_iraq"), None,
                     id="a-group-joining-a-front-is-its-part"),
        pytest.param("The Islamic State of Iraq is composed of a variety of insurgency groups, including the "
                     "Mujahideen Shura Council.",
                     ("mujahideen_shura_council", "part_of", "islamic_state_of_iraq"), None,
                     id="composed-of-a-variety-including"),
        pytest.param("The Popular Mobilization Forces' Kata'ib Hezbollah fought in Tikrit.",
                     ("kataib_hezbollah", "part_of", "popular_mobilization_forces"), None,
                     id="a-bodys-named-armed-group-is-its-part"),
        pytest.param("Kurdish Security Forces quickly overcame ISIL resistance.",
                     ("Kurdish Security Forces", "hostile_to", "islamic_state"), None,
                     id="overcame-x-resistance"),
        pytest.param("Iraq's military victory over Islamic State forces is now complete. The Sadrist "
                     "bloc's victory over the Fatah Alliance in the 2018 election surprised many.",
                     ("iraq", "hostile_to", "islamic_state"),
                     ("sadrist_movement", "hostile_to", "fatah_alliance"),
                     id="a-victory-over-but-not-at-the-polls"),
        pytest.param("The battle was fought between Kata'ib Hezbollah and the Islamic State near Baiji.",
                     ("kataib_hezbollah", "hostile_to", "islamic_state"), None, id="fought-between"),
        pytest.param("U.S. strikes targeted a command and control node used by Kata'ib Hezbollah. The "
                     "coalition continues precision strikes to take out ISIL targets.",
                     ("united_states", "hostile_to", "kataib_hezbollah"), None,
                     id="a-site-used-by-and-take-out"),
        # partners in a list are partners two by two, however the parse hangs the list
        pytest.param("Officials praised the close coordination among the Iraqi army, the Federal Police and "
                     "the Peshmerga.",
                     ("iraqi_federal_police", "allied_with", "peshmerga"), None,
                     id="coordination-among-a-list"),
        pytest.param("There is a lack of coordination between Kata'ib Hezbollah and the Badr Organization.",
                     None, ("kataib_hezbollah", "allied_with", "badr_organization"),
                     id="a-lack-of-coordination"),
        pytest.param("Officials called for cooperation between Asa'ib Ahl al-Haq and the Peshmerga.",
                     None, ("asaib_ahl_al_haq", "allied_with", "peshmerga"), id="a-call-for-cooperation"),
        # whoever drives an actor out of a place, or clears a place of it, fights it
        pytest.param("The Peshmerga drove the Islamic State out of Sinjar.",
                     ("peshmerga", "hostile_to", "islamic_state"), None, id="drove-out-of"),
        pytest.param("The Iraqi army cleared the city of Ramadi of Islamic State fighters.",
                     ("iraqi_army", "hostile_to", "islamic_state"), None, id="cleared-a-place-of"),
        pytest.param("The United States pushed the Iraqi government to reform the Popular Mobilization "
                     "Forces.", None, ("united_states", "hostile_to", "iraq"),
                     id="pushed-to-act-is-no-fight"),
        pytest.param("Kata'ib Hezbollah looks unlikely to drive U.S. forces out of Iraq.",
                     None, ("kataib_hezbollah", "hostile_to", "united_states"), id="unlikely-to-drive-out"),
        # a country after a role that another actor qualifies is where the role is held
        pytest.param("Officials said that al-Qaeda's leader in Iraq, Abu Musab al-Zarqawi, has been killed.",
                     None, ("abu_musab_al_zarqawi", "leads", "iraq"), id="a-groups-leader-in-a-country"),
        pytest.param("The top US commander in Iraq, General George Casey, spoke.",
                     None, ("George Casey", "member_of", "iraq"), id="a-countrys-commander-in-another"),
        # an X-backed phrase ends where a clause begins
        pytest.param("Basra has seen an uptick in Iranian-backed terror activity since the British withdrew.",
                     None, ("iran", "backs", "united_kingdom"), id="x-backed-ends-at-a-clause"),
        pytest.param("Qais al-Khazali, the head of the Iran-backed Shiite militia Asa'ib Ahl al-Haq, spoke.",
                     ("qais_al_khazali", "leads", "asaib_ahl_al_haq"), None,
                     id="the-leader-of-the-x-backed-y"),
        pytest.param("Mahdi Army fighters launched rocket attacks at US bases in Baghdad.",
                     ("mahdi_army", "hostile_to", "united_states"), None, id="attacks-at"),
        # a body named by its men: whoever kills them fights the body
        pytest.param("Kata'ib Hezbollah militants killed two Iraqi soldiers near Kirkuk.",
                     ("kataib_hezbollah", "hostile_to", "iraqi_security_forces"), None,
                     id="killed-a-bodys-men"),
        # "the terror group": the group whose men were the subject before
        pytest.param("Islamic State militants attacked a village in Kirkuk. The terror group later claimed "
                     "responsibility for an attack on the Peshmerga.",
                     ("islamic_state", "hostile_to", "peshmerga"), None, id="the-terror-group-whose-men"),
        pytest.param("BAGHDAD, IRAQ: The fighting spread across Iraq. The offensive was ordered by Prime "
                     "Minister Nouri al-Maliki.",
                     ("nouri_al_maliki", "leads", "iraq"), None, id="a-dateline-does-not-hide-the-state"),
        pytest.param("US Ambassador to Iraq Zalmay Khalilzad said the raid was a success.",
                     ("zalmay_khalilzad", "member_of", "united_states"),
                     ("zalmay_khalilzad", "member_of", "iraq"),
                     id="ambassador-to-a-country-before-the-name"),
        pytest.param("Khazali was handed over under a U.S.-Iraq security deal.",
                     ("united_states", "allied_with", "iraq"), None, id="a-security-deal"),
        pytest.param("Abu Musab al-Zarqawi was killed in a joint US and Iraqi raid near Baquba.",
                     ("iraq", "killed", "abu_musab_al_zarqawi"), None, id="a-joint-raid-of-two-states"),
        # "the area" is the last place named as a place, not one that only modifies a name
        pytest.param("The Islamic State seized Sinjar in 2014. The Iraqi Kurdistan Peshmerga freed the area "
                     "from Islamic State control in 2015.",
                     ("islamic_state", "controls", "sinjar"),
                     ("islamic_state", "controls", "kurdistan_region"),
                     id="the-area-is-no-modifier"),
        pytest.param("Qais al-Khazali, a militia leader who has been designated as a global terrorist by the "
                     "United States and is an important ally of Iran, spoke.",
                     ("united_states", "sanctioned", "qais_al_khazali"),
                     ("iran", "sanctioned", "qais_al_khazali"),
                     id="a-passive-agent-ends-at-the-next-verb"),
        pytest.param("Iranian-backed Shiite groups such as Khazali's have acquired enormous power.",
                     None, ("iran", "backs", "Khazali"), id="groups-such-as-his"),
        pytest.param("The Supreme Council led the Shiite coalition that dominated Iraq's elections.",
                     None, ("coalition", "controls", "iraq"), id="dominating-a-countrys-elections"),
        # "its" in a clause whose subject is "it" is what "it" is
        pytest.param("The Badr Brigade served as the armed wing of the Supreme Council for Islamic "
                     "Revolution in Iraq. In the 1980s it gained fame for its raids against the Iraqi army.",
                     ("badr_organization", "hostile_to", "iraqi_army"),
                     ("islamic_supreme_council_of_iraq", "hostile_to", "iraqi_army"),
                     id="its-is-its-subjects"),
        pytest.param("Pentagon Press Secretary Rear Admiral John Kirby said the strikes went on.",
                     ("John Kirby", "member_of", "us_department_of_defense"), None,
                     id="press-secretary-and-rank"),
        pytest.param("Council of Representatives Speaker Saleem al-Jabouri met the delegation.",
                     ("Saleem al-Jabouri", "leads", "council_of_representatives_of_iraq"), None,
                     id="a-speaker-leads-the-house"),
        # a stance as a predicate, and a participle the parse takes for a second verb
        pytest.param("The Babylon Movement is a party. It is pro-Iran and is a proxy of the Shia Arab "
                     "dominated Badr Organization.",
                     ("babylon_movement", "allied_with", "iran"),
                     ("babylon_movement", "controls", "badr_organization"),
                     id="it-is-pro-iran"),
        pytest.param("Iran provided military advisers and weapons to the Kurdish Peshmerga.",
                     ("iran", "backs", "peshmerga"), None, id="provided-advisers-to"),
        # who leads an effort, a campaign or an invasion wages it
        pytest.param("The coalition continued its support for Iraqi-led efforts against Da'esh.",
                     ("iraq", "hostile_to", "islamic_state"), None, id="x-led-efforts-against"),
        pytest.param("The insurgency followed the United States-led invasion of Iraq in 2003.",
                     ("united_states", "hostile_to", "iraq"), None, id="x-led-invasion-of"),
        # a force's ground taken: the force is fought
        pytest.param("The Syrian Army moved to capture ISIL territory towards Deir ez-Zor.",
                     ("syrian_arab_army", "hostile_to", "islamic_state"), None,
                     id="captured-a-forces-territory"),
        pytest.param("Kata'ib Hezbollah fighters and leaders are integrated into the Popular Mobilization "
                     "Forces.", ("kataib_hezbollah", "part_of", "popular_mobilization_forces"), None,
                     id="integrated-into"),
        pytest.param("Kata'ib Hezbollah attacked. The government incorporated the Sunni tribal militias into "
                     "the Iraqi army.", None, ("kataib_hezbollah", "part_of", "iraqi_army"),
                     id="the-militias-integrated-are-unnamed"),
        pytest.param("Qais al-Khazali has sought to soften the image of his Iran-aligned Asa'ib Ahl al-Haq "
                     "movement.", ("qais_al_khazali", "leads", "asaib_ahl_al_haq"), None,
                     id="his-x-movement"),
        pytest.param("Hadi al-Amiri met his Badr Organization colleagues in Baghdad.",
                     None, ("hadi_al_amiri", "leads", "badr_organization"), id="his-badr-colleagues"),
        pytest.param("Popular Mobilization Forces (PMF, or Hashd al-Shaabi) deputy commander Abu Mahdi "
                     "al-Muhandis was killed.",
                     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces"), None,
                     id="a-long-bracket-before-the-title"),
        # aimed at is not done, for control and killing
        pytest.param("Iraqi forces started an offensive on Oct. 17 to capture Mosul.",
                     None, ("iraqi_security_forces", "controls", "mosul"), id="an-offensive-to-capture"),
        pytest.param("Iraqi forces managed to capture Mosul in July.",
                     ("iraqi_security_forces", "controls", "mosul"), None, id="managed-to-capture"),
        pytest.param("Military says Qasim Muslih, Anbar head of the Popular Mobilization Forces, was "
                     "arrested.", ("qasim_muslih", "member_of", "popular_mobilization_forces"),
                     ("qasim_muslih", "leads", "popular_mobilization_forces"), id="a-regions-head-of"),
        pytest.param("Arenas of ongoing conflict include Iraqi group attacks against Israel.",
                     None, ("iraq", "hostile_to", "israel"), id="a-demonym-of-a-group-is-no-agent"),
        pytest.param("Blinken noted the role of the Peshmerga in the fight against ISIL.",
                     ("peshmerga", "hostile_to", "islamic_state"), None, id="the-role-of-x-in-the-fight"),
        pytest.param("Mohammed Salih Qaderi, head of KDPI's public affairs, said the camp was hit.",
                     ("Mohammed Salih Qaderi", "member_of", "KDPI"),
                     ("Mohammed Salih Qaderi", "leads", "KDPI"),
                     id="head-of-a-partys-office"),
        pytest.param("The 1920 Revolution Brigades was a Sunni militant group, formed by former members of "
                     "the disbanded Iraqi army.", None, ("iraqi_army", "founded", "1920_revolution_brigades"),
                     id="formed-by-former-members-of"),
        pytest.param("Peshmerga fighters retook parts of Jalawla, 115 kilometers northeast of Baghdad. The "
                     "town was captured by Islamic State extremists in August.",
                     ("islamic_state", "controls", "jalawla"), ("islamic_state", "controls", "baghdad"),
                     id="a-bearing-is-no-antecedent"),
        pytest.param("Osama bin Laden's al-Qaeda network grew.",
                     ("osama_bin_laden", "leads", "al_qaeda"), None, id="his-group-network"),
        pytest.param("Ali Hassan was an invited speaker of the Arab League in 2010.",
                     None, ("Ali Hassan", "leads", "arab_league"), id="an-invited-speaker"),
        pytest.param("The NAAEC is an environmental agreement between the United States, Canada and Mexico.",
                     None, ("canada", "allied_with", "mexico"), id="an-environmental-agreement"),
        pytest.param("Qais Khazali helped coordinate an attack on U.S. troops in Karbala.",
                     ("qais_al_khazali", "hostile_to", "united_states"), None,
                     id="helped-coordinate-an-attack"),
        pytest.param("Kata'ib Hezbollah did not launch attacks on U.S. troops in 2020.",
                     None, ("kataib_hezbollah", "hostile_to", "united_states"), id="did-not-launch-attacks"),
        pytest.param("Kata'ib Hezbollah may launch attacks on U.S. troops.",
                     None, ("kataib_hezbollah", "hostile_to", "united_states"), id="may-launch-attacks"),
        pytest.param("Treasury is also designating the owner and head of Al-Huda Bank, Hamad al-Moussawi.",
                     ("us_department_of_the_treasury", "sanctioned", "Hamad al-Moussawi"), None,
                     id="designating-the-head-of-a-bank-named-after"),
        pytest.param("Abu Omar al-Baghdadi was the Emir of the umbrella organization Mujahideen Shura "
                     "Council.",
                     ("abu_omar_al_baghdadi", "leads", "mujahideen_shura_council"), None,
                     id="emir-of-the-umbrella-organization-x"),
        pytest.param("Hadi al-Amiri, the leader of the Iraqi political party Badr Organization, spoke.",
                     ("hadi_al_amiri", "leads", "badr_organization"), ("hadi_al_amiri", "leads", "iraq"),
                     id="leader-of-the-iraqi-political-party-x"),
        pytest.param("Abu Taqwa was the leader of U.S. designated Harakat-al-Nujaba, the Pentagon said.",
                     ("abu_taqwa_al_saidi", "leads", "harakat_hezbollah_al_nujaba"),
                     ("abu_taqwa_al_saidi", "leads", "united_states"), id="leader-of-us-designated-x"),
        pytest.param("The US killing of Islamic Revolutionary Guard commander Qasem Soleimani shocked Iran.",
                     ("qasem_soleimani", "leads", "irgc"), None, id="islamic-revolutionary-guard-commander"),
        pytest.param("Iraq's pro-Iran groups reject the election results.",
                     None, ("iraq", "allied_with", "iran"), id="a-possessor-of-pro-x-groups"),
        pytest.param("Kata'ib Hezbollah is a pro-Iran militia.",
                     ("kataib_hezbollah", "allied_with", "iran"), None, id="a-pro-x-militia"),
        pytest.param("Iraqi forces took over positions held by the PMU and PKK-affiliated groups (Nina News, "
                     "December 2).", None, ("pkk", "allied_with", "Nina News"),
                     id="a-cited-source-in-brackets"),
        pytest.param("It was defeated in 2017 by Iraqi forces backed by a U.S.-led military coalition.",
                     None, ("united_states", "backs", "iraqi_security_forces"),
                     id="backed-by-a-us-led-coalition"),
        pytest.param("Turkish-backed Syrian opposition forces, supported by the coalition, "
                     "liberated six towns.",
                     None, ("coalition", "backs", "syria"), id="a-demonym-of-opposition-forces"),
        pytest.param("Panetta: US Acting Against Iranian-Armed Iraqi Militants",
                     None, ("iran", "backs", "iraq"), id="a-demonym-of-militants-in-a-headline"),
        pytest.param("Tawhid wal-Jihad said on Saturday it would kill Kenneth Bigley unless "
                     "prisoners were freed.",
                     None, ("jamaat_al_tawhid_wal_jihad", "killed", "Kenneth Bigley"),
                     id="said-it-would-kill"),
        pytest.param("ISIS said in a statement on its channel on Telegram that its fighters "
                     "attacked Peshmerga.",
                     ("islamic_state", "hostile_to", "peshmerga"), ("Telegram", "hostile_to", "peshmerga"),
                     id="its-in-what-a-body-said"),
        pytest.param("The strike killed Mushtaq al-Jawari, who was also known as Abu Taqwa, the leader of "
                     "U.S. designated Harakat al-Nujaba.",
                     ("abu_taqwa_al_saidi", "leads", "harakat_hezbollah_al_nujaba"),
                     ("abu_taqwa_al_saidi", "leads", "united_states"), id="apposition-us-designated-x"),
        pytest.param("Massud Barzani, an opponent of Iraqi Prime Minister Nuri al-Maliki, said so.",
                     ("nouri_al_maliki", "leads", "iraq"), ("Massud Barzani", "member_of", "iraq"),
                     id="an-opponent-of-a-titled-person"),
        pytest.param("Asaib Ahl al-Haq, a militia belonging to the PMU, denied the attack.",
                     ("asaib_ahl_al_haq", "part_of", "popular_mobilization_forces"), None,
                     id="a-militia-belonging-to"),
        pytest.param("Members of Muqtada al-Sadr's Saraya al-Salam brigades clashed with police.",
                     ("muqtada_al_sadr", "leads", "saraya_al_salam"), None, id="his-x-brigades"),
        pytest.param("Kataib Hezbollah militia, another pro-Iran group, rejected the results.",
                     ("kataib_hezbollah", "allied_with", "iran"), None, id="x-militia-another-pro-y-group"),
        pytest.param("Iran launched a dozen ballistic missiles against US forces in Iraq.",
                     ("iran", "hostile_to", "united_states"), None, id="missiles-against"),
        pytest.param("The IRGC said it had carried out missile strikes on bases housing US troops in Iraq.",
                     ("irgc", "hostile_to", "united_states"), None, id="strikes-on-bases-housing"),
        pytest.param("Iraqi security forces with the support of the counter-ISIL coalition began operations.",
                     ("us_led_coalition", "backs", "iraqi_security_forces"), None,
                     id="forces-with-the-support-of"),
        pytest.param("The Peshmerga started the December 2014 Sinjar offensive with the support of US and "
                     "British airstrikes.",
                     ("united_kingdom", "backs", "peshmerga"), None,
                     id="an-offensive-with-the-support-of"),
        pytest.param("The United States responded with airstrikes on ISIL units in northern Iraq.",
                     ("united_states", "hostile_to", "islamic_state"), None,
                     id="responded-with-airstrikes-on"),
        pytest.param("Hashd al-Shaabi has appointed Abdul Aziz al-Muhammadawi as deputy commander and chief "
                     "of staff.", ("Abdul Aziz al-Muhammadawi", "member_of", "popular_mobilization_forces"),
                     None,
                     id="a-body-appoints-x-as-a-bare-role"),
        pytest.param("Kata'ib Hezbollah denied the attack. The group's spokesman Abu Ali al-Askari said so.",
                     ("abu_ali_al_askari", "member_of", "kataib_hezbollah"), None, id="the-groups-spokesman"),
        pytest.param("Iran-aligned militants and politicians such as Faleh Fayyadh rejected the vote.",
                     ("Faleh Fayyadh", "allied_with", "iran"), None, id="x-aligned-people-such-as"),
        pytest.param("Escalating strikes between Lebanese Hezbollah and Israel worried Washington.",
                     ("lebanese_hezbollah", "hostile_to", "israel"), None, id="strikes-between"),
        pytest.param("The US conducted joint strikes with Iraqi forces.",
                     None, ("united_states", "hostile_to", "iraqi_security_forces"),
                     id="joint-strikes"),
        pytest.param("After the joint operations between the federal police and Peshmerga forces, units "
                     "moved.", None, ("iraqi_federal_police", "hostile_to", "peshmerga"),
                     id="joint-operations-between"),
        pytest.param("Haider al-Abadi managed to rally the support of Iran and the United States.",
                     ("iran", "backs", "haider_al_abadi"), None, id="rallied-the-support-of"),
        pytest.param("Kata'ib Hezbollah did not receive funding from Iran.",
                     None, ("iran", "backs", "kataib_hezbollah"), id="did-not-receive-funding"),
        pytest.param("Popular Mobilisation forces, a mostly Iranian-backed coalition of Shi'ite militias, "
                     "played a role in fighting Islamic State.",
                     ("iran", "backs", "popular_mobilization_forces"), None, id="an-x-backed-coalition"),
        pytest.param("Kata'ib Hezbollah played a role in fighting the Islamic State.",
                     ("kataib_hezbollah", "hostile_to", "islamic_state"), None, id="a-role-in-fighting"),
        pytest.param("The army retook Mosul, Islamic State's last major city stronghold in Iraq.",
                     ("islamic_state", "controls", "mosul"), None, id="x-ys-stronghold"),
        pytest.param("Mosul was not the Islamic State's capital.",
                     None, ("islamic_state", "controls", "mosul"), id="not-ys-capital"),
        pytest.param("The State Department designated Qais al-Khazali, leader of Asaib Ahl al-Haq, and his "
                     "brother Laith al-Khazali.",
                     ("us_department_of_state", "sanctioned", "laith_al_khazali"),
                     ("us_department_of_state", "sanctioned", "asaib_ahl_al_haq"),
                     id="designated-a-leader-of-x-and-b"),
        pytest.param("Treasury designated Kata'ib Hezbollah, an Iran-backed militia, and its leader "
                     "Abu Fadak.",
                     ("iran", "backs", "kataib_hezbollah"), ("iran", "backs", "abu_fadak_al_mohammadawi"),
                     id="an-x-backed-militia-and-its-leader"),
        pytest.param("Army Maj. Gen. Robert P. White, commander of OIR's ground forces, said so.",
                     ("Robert P. White", "member_of", "cjtf_oir"),
                     ("Robert P. White", "leads", "cjtf_oir"), id="commander-of-xs-ground-forces"),
        pytest.param("Iraj Masjedi, a senior IRGC-QF general in Iraq, was designated.",
                     ("iraj_masjedi", "member_of", "quds_force"), None, id="a-senior-x-general"),
        pytest.param("The Peshmerga joined the offensive against ISIS in Mosul.",
                     ("peshmerga", "hostile_to", "islamic_state"), None, id="joined-the-offensive-against"),
        pytest.param("Badr played a key role in the campaign against ISIS.",
                     ("badr_organization", "hostile_to", "islamic_state"), None,
                     id="played-a-role-in-the-campaign"),
        pytest.param("Kata'ib Hezbollah condemned the attack against the Iraqi Army in Kirkuk.",
                     None, ("kataib_hezbollah", "hostile_to", "iraqi_army"),
                     id="condemned-the-attack-against"),
        pytest.param("The Raqqa campaign was conducted by the Syrian Democratic Forces against ISIL's "
                     "capital city.",
                     ("syrian_democratic_forces", "hostile_to", "islamic_state"), None,
                     id="a-campaign-conducted-by-x-against-ys-capital"),
        pytest.param("The offensive was launched in September 2017 by the Iraqi Army against ISIL.",
                     ("iraqi_army", "hostile_to", "islamic_state"), None, id="an-offensive-launched-by-x"),
        pytest.param("The offensive was not launched by the Iraqi Army against ISIL.",
                     None, ("iraqi_army", "hostile_to", "islamic_state"), id="an-offensive-not-launched"),
        pytest.param("ISIS attacked Israeli positions near the border.",
                     ("islamic_state", "hostile_to", "israel"), None, id="a-states-positions"),
        pytest.param("Kata'ib Hezbollah finally debuted with a victory over the Peshmerga in Kirkuk.",
                     None, ("kataib_hezbollah", "hostile_to", "peshmerga"), id="debuted-with-a-victory-over"),
        pytest.param("The Iraqi Army responded with force against protesters in Basra.",
                     None, ("iraqi_army", "hostile_to", "basra"), id="responded-with-force"),
        # constructions of general reporting, written from how the relations are commonly stated
        pytest.param("Qais al-Khazali heads Asa'ib Ahl al-Haq.",
                     ("qais_al_khazali", "leads", "asaib_ahl_al_haq"), None, id="heads-taken-for-a-noun"),
        pytest.param("Abu Mahdi al-Muhandis set up Kata'ib Hezbollah in 2003.",
                     ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah"), None, id="set-up-phrasal"),
        pytest.param("Kata'ib Hezbollah was set up by Abu Mahdi al-Muhandis.",
                     ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah"), None, id="set-up-passive"),
        pytest.param("Ismail Qaani took over the Quds Force after the death of his predecessor.",
                     ("ismail_qaani", "leads", "quds_force"), ("ismail_qaani", "controls", "quds_force"),
                     id="a-man-taking-over-a-body-leads-it"),
        pytest.param("The Islamic State took over Mosul in 2014.",
                     ("islamic_state", "controls", "mosul"), None, id="a-group-taking-over-a-city-holds-it"),
        pytest.param("Kata'ib Hezbollah has carried out dozens of rocket attacks on U.S. forces in "
                     "Iraq.",
                     ("kataib_hezbollah", "hostile_to", "united_states"), None, id="dozens-of-attacks-on"),
        pytest.param("The U.S.-led coalition has conducted thousands of airstrikes against the Islamic "
                     "State.",
                     ("us_led_coalition", "hostile_to", "islamic_state"), None,
                     id="thousands-of-airstrikes-against"),
        pytest.param("Kata'ib Hezbollah fired rockets at U.S. troops.",
                     ("kataib_hezbollah", "hostile_to", "united_states"), None, id="fired-rockets-at"),
        pytest.param("Iran and Iraq fought a bloody eight-year war.",
                     ("iran", "hostile_to", "iraq"), ("iran", "allied_with", "iraq"),
                     id="x-and-y-fought-a-war"),
        pytest.param("Iraq and the United States fought a war against the Islamic State.",
                     ("iraq", "allied_with", "united_states"), ("iraq", "hostile_to", "united_states"),
                     id="x-and-y-fought-a-war-against-z"),
        pytest.param("The Islamic State seized Mosul from the Iraqi army in June 2014.",
                     ("islamic_state", "hostile_to", "iraqi_army"), None, id="seized-a-city-from"),
        pytest.param("Mosul fell to the Islamic State in June 2014.",
                     ("islamic_state", "controls", "mosul"), None, id="fell-to"),
        pytest.param("Ramadi fell into the hands of the Islamic State in May 2015.",
                     ("islamic_state", "controls", "ramadi"), None, id="fell-into-the-hands-of"),
        pytest.param("Ramadi could fall to the Islamic State.",
                     None, ("islamic_state", "controls", "ramadi"), id="could-fall-to"),
        pytest.param("Kata'ib Hezbollah was accused of killing Hisham al-Hashemi.",
                     ("kataib_hezbollah", "killed", "hisham_al_hashemi"), None, id="accused-of-killing"),
        pytest.param("The Pentagon blamed Kata'ib Hezbollah for attacking U.S. troops.",
                     ("kataib_hezbollah", "hostile_to", "united_states"),
                     ("us_department_of_defense", "hostile_to", "kataib_hezbollah"),
                     id="blamed-for-attacking"),
        pytest.param("Kata'ib Hezbollah denied accusations of killing Hisham al-Hashemi.",
                     None, ("kataib_hezbollah", "killed", "hisham_al_hashemi"), id="denied-accusations"),
        pytest.param("Abu Bakr al-Baghdadi, the self-proclaimed caliph of the Islamic State, was killed "
                     "in 2019.",
                     ("abu_bakr_al_baghdadi", "leads", "islamic_state"), None, id="self-proclaimed-caliph"),
        pytest.param("Kata'ib Hezbollah, a faction within the Popular Mobilization Forces, denied it.",
                     ("kataib_hezbollah", "part_of", "popular_mobilization_forces"), None,
                     id="a-faction-within"),
        pytest.param("The Quds Force is the IRGC's external operations arm.",
                     ("quds_force", "part_of", "irgc"), None, id="the-owners-arm"),
        pytest.param("Badr is the largest member of the Fatah Alliance.",
                     ("badr_organization", "part_of", "fatah_alliance"), None, id="a-group-is-a-member-of"),
        pytest.param("The U.S.-led coalition continued to advise and assist Iraqi security forces.",
                     ("us_led_coalition", "backs", "iraqi_security_forces"), None,
                     id="continued-to-advise-and-assist"),
        pytest.param("Kata'ib Hezbollah abducted Elizabeth Tsurkov in Baghdad.",
                     ("kataib_hezbollah", "hostile_to", "Elizabeth Tsurkov"), None, id="abducted"),
        pytest.param("The Islamic State seized Mosul in June. The Iraqi army has been fighting the militants "
                     "since then.", ("iraqi_army", "hostile_to", "islamic_state"), None, id="the-militants"),
        pytest.param("The Treasury sanctioned the Islamic State. The Iraqi army has been fighting the "
                     "militants since then.", None,
                     ("iraqi_army", "hostile_to", "us_department_of_the_treasury"),
                     id="the-militants-are-no-state-body"),
        pytest.param("Shiite militiamen of the Popular Mobilization Forces clashed with IS fighters near "
                     "Baiji.", ("popular_mobilization_forces", "hostile_to", "islamic_state"), None,
                     id="militiamen-of"),
        pytest.param("The operation by Iraqi forces to recapture Fallujah from the Islamic State began on "
                     "Monday.", ("iraqi_security_forces", "hostile_to", "islamic_state"), None,
                     id="an-operation-by-x-to-recapture-from-y"),
        pytest.param("Islamic State militants launched a counterattack on Iraqi troops in Ramadi.",
                     ("islamic_state", "hostile_to", "iraqi_security_forces"), None, id="a-counterattack-on"),
        pytest.param("The Iraqi army is locked in a battle with Islamic State militants for control of "
                     "Ramadi.",
                     ("iraqi_army", "hostile_to", "islamic_state"), None, id="locked-in-a-battle-with"),
        pytest.param("U.S. warplanes pounded Islamic State positions around Mosul.",
                     ("united_states", "hostile_to", "islamic_state"), None, id="pounded-positions"),
        pytest.param("Turkish drones struck PKK targets in Sinjar.",
                     ("turkey", "hostile_to", "pkk"), None, id="a-states-drones"),
        pytest.param("Iraqi government forces battling Daesh entered the town.",
                     ("iraqi_security_forces", "hostile_to", "islamic_state"), None, id="forces-battling-x"),
        pytest.param("Iraqi forces launched the huge offensive to retake Mosul from Daesh on October 17.",
                     ("iraqi_security_forces", "hostile_to", "islamic_state"), None,
                     id="launched-an-offensive-to-retake-from"),
        pytest.param("Asa'ib Ahl al-Haq militia spokesman Naim al-Abboudi said the group would fight.",
                     ("Naim al-Abboudi", "member_of", "asaib_ahl_al_haq"), None, id="x-militia-spokesman"),
        pytest.param("Another CTS officer, Lieutenant Colonel Ali Hussein Fadhel, said the advance was slow.",
                     ("Ali Hussein Fadhel", "member_of", "counter_terrorism_service"), None,
                     id="x-officer-comma-rank-name"),
        pytest.param("Kurdish peshmerga fighters are in control of the town of Sinjar.",
                     ("peshmerga", "controls", "sinjar"), None, id="in-control-of"),
        pytest.param("Fallujah is the last major city held by the Islamic State in the province.",
                     ("islamic_state", "controls", "fallujah"), None, id="a-city-held-by"),
        pytest.param("Iraqi officials were briefed by the Islamic State in Mosul.",
                     None, ("islamic_state", "controls", "mosul"), id="any-passive-holds-nothing"),
        pytest.param("Abu Mohammad al-Adnani served as the official spokesman of the Islamic State.",
                     ("abu_muhammad_al_adnani", "member_of", "islamic_state"), None,
                     id="a-role-word-qualifying-a-role"),
        pytest.param("The Treasury designated Hamid al-Jazairi for providing support to Kata'ib "
                     "Hezbollah.",
                     ("Hamid al-Jazairi", "backs", "kataib_hezbollah"), None,
                     id="designated-for-providing-support"),
        pytest.param("ISIS continued to pose a threat to Iraqi security forces.",
                     ("islamic_state", "hostile_to", "iraqi_security_forces"), None, id="pose-a-threat-to"),
        pytest.param("ISIS could pose a threat to Iraqi security forces.",
                     None, ("islamic_state", "hostile_to", "iraqi_security_forces"),
                     id="could-pose-a-threat"),
        pytest.param("Iraq faced the threat of ISIS for years.",
                     None, ("iraq", "hostile_to", "islamic_state"), id="the-threat-of-x-is-xs"),
        pytest.param("Kata'ib Hezbollah, a group with close ties to Iran, denied the charge.",
                     ("kataib_hezbollah", "allied_with", "iran"), None, id="a-group-with-ties-to"),
        pytest.param("Kata'ib Hezbollah and its ally Nujaba warned of retaliation.",
                     ("kataib_hezbollah", "allied_with", "harakat_hezbollah_al_nujaba"), None,
                     id="its-ally-x-split-by-the-parse"),
        pytest.param("The Peshmerga and the Iraqi army coordinated their advance on Mosul.",
                     ("peshmerga", "allied_with", "iraqi_army"), None, id="x-and-y-coordinated"),
        pytest.param("The Peshmerga and the Iraqi army coordinated with the coalition.",
                     None, ("peshmerga", "allied_with", "iraqi_army"), id="x-and-y-coordinated-with-z"),
        pytest.param("Qasem Soleimani commanded the Quds Force. Soleimani's Quds Force has armed, trained "
                     "and funded Kata'ib Hezbollah for years.", ("quds_force", "backs", "kataib_hezbollah"),
                     None, id="armed-trained-and-funded"),
        pytest.param("Baghdad and Washington agreed to cooperate against the Islamic State.",
                     ("iraq", "allied_with", "united_states"), None, id="capitals-agreed-to-cooperate"),
        pytest.param("Washington accused Tehran of arming Kata'ib Hezbollah.",
                     ("iran", "backs", "kataib_hezbollah"), None, id="accused-the-capital-of-arming"),
        pytest.param("Baghdad and Washington refused to cooperate.",
                     None, ("iraq", "allied_with", "united_states"), id="capitals-refused-to-cooperate"),
        pytest.param("Kata'ib Sayyid al-Shuhada fought in Syria. It is considered a proxy of Iran.",
                     ("iran", "backs", "kataib_sayyid_al_shuhada"), None, id="it-is-considered-a-proxy-of"),
        pytest.param("Kata'ib Sayyid al-Shuhada fought in Syria. Abu Alaa al-Walai is its secretary-general.",
                     ("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada"), None,
                     id="x-is-its-secretary-general"),
        pytest.param("Muqtada al-Sadr is the leader of the Sadrist Movement and the Saraya al-Salam militia.",
                     ("muqtada_al_sadr", "leads", "saraya_al_salam"), None,
                     id="leader-of-a-and-the-b-militia"),
        pytest.param("Kata'ib Sayyid al-Shuhada took part in the Syrian civil war on the side of Bashar "
                     "al-Assad.", ("kataib_sayyid_al_shuhada", "allied_with", "bashar_al_assad"), None,
                     id="on-the-side-of"),
        pytest.param("Kata'ib Hezbollah fought on the other side of Bashar al-Assad.",
                     None, ("kataib_hezbollah", "allied_with", "bashar_al_assad"), id="on-the-other-side-of"),
        pytest.param("The Iraqi government declared victory over the Islamic State in December 2017.",
                     ("iraq", "hostile_to", "islamic_state"), None, id="declared-victory-over"),
        pytest.param("Kata'ib Hezbollah denied the attack. The Iran-backed group said it had no role.",
                     ("iran", "backs", "kataib_hezbollah"), None, id="the-iran-backed-group"),
        pytest.param("Kata'ib Hezbollah denied the attack on Sunday. A spokesman for the Iran-backed militia "
                     "said it had no role.", ("iran", "backs", "kataib_hezbollah"), None,
                     id="a-spokesman-for-the-iran-backed-militia"),
        pytest.param("Kata'ib Hezbollah denied the attack. The Iran-backed militias said they had no role.",
                     None, ("iran", "backs", "kataib_hezbollah"), id="the-iran-backed-militias-are-any"),
        pytest.param("Iran denied the attack. The Iran-backed group said it had no role.",
                     None, ("iran", "backs", "iran"), id="the-iran-backed-group-is-not-iran"),
        pytest.param("The Islamic Resistance in Iraq, an umbrella group that includes Kata'ib Hezbollah and "
                     "Nujaba, claimed the attack.",
                     ("kataib_hezbollah", "part_of", "islamic_resistance_in_iraq"), None,
                     id="a-group-that-includes"),
        pytest.param("Kata'ib Hezbollah's shareholders include the Popular Mobilization Forces.",
                     None, ("popular_mobilization_forces", "part_of", "kataib_hezbollah"),
                     id="its-shareholders-include"),
        pytest.param("The sanctions include Kata'ib Hezbollah and Nujaba.",
                     None, ("kataib_hezbollah", "part_of", "harakat_hezbollah_al_nujaba"),
                     id="sanctions-include"),
        pytest.param("The Sadrist movement's armed wing, Saraya al-Salam, deployed in Samarra.",
                     ("saraya_al_salam", "part_of", "sadrist_movement"), None, id="the-owners-wing-name"),
        pytest.param("Iraq and the United States signed a security agreement in 2008.",
                     ("iraq", "allied_with", "united_states"), None, id="x-and-y-signed-an-agreement"),
        pytest.param("Iraq and Turkey signed a trade agreement in 2008.",
                     None, ("iraq", "allied_with", "turkey"), id="x-and-y-signed-a-trade-agreement"),
        pytest.param("Iraq and Turkey discussed a security agreement in 2008.",
                     None, ("iraq", "allied_with", "turkey"), id="x-and-y-discussed-an-agreement"),
        pytest.param("The Islamic State seized Tikrit in June 2014. In March 2015, Iraqi forces recaptured "
                     "Tikrit.", ("iraqi_security_forces", "hostile_to", "islamic_state"), None,
                     id="retook-what-a-group-held"),
        pytest.param("The Popular Mobilization Forces recaptured Tikrit in March. Iraqi forces also retook "
                     "Tikrit in April.", None,
                     ("iraqi_security_forces", "hostile_to", "popular_mobilization_forces"),
                     id="two-that-retook-a-place-are-not-foes"),
        pytest.param("The Islamic State seized Tikrit in June 2014. Iraqi forces visited Tikrit in 2015.",
                     None, ("iraqi_security_forces", "hostile_to", "islamic_state"),
                     id="visited-what-a-group-held"),
        pytest.param("The Hashd forces helped defeat Daesh. The commanders are now influential, since they "
                     "are backed by Iran.", None, ("iran", "backs", "islamic_state"),
                     id="they-are-the-plural-subject-before"),
        pytest.param("The fight to dislodge IS militants from Kobani took four months, despite US air "
                     "strikes backing up the Kurdish fighters.", None,
                     ("united_states", "backs", "islamic_state"),
                     id="the-kurdish-fighters-are-not-the-militants"),
        pytest.param("Iraqi police are clearing Tikrit, General Lloyd Austin, head of US Central Command, "
                     "told lawmakers.", None, ("iraqi_police", "hostile_to", "centcom"),
                     id="clearing-a-place-not-an-appositions-of"),
        pytest.param("Falih al-Fayyadh, who is under U.S. sanctions, attended the meeting.",
                     ("united_states", "sanctioned", "falih_al_fayyadh"), None, id="under-sanctions"),
        pytest.param("Kata'ib Hezbollah, one of the most powerful Iran-backed militias in Iraq, said it "
                     "would retaliate.", ("iran", "backs", "kataib_hezbollah"), None,
                     id="one-of-the-iran-backed-militias"),
        pytest.param("Iran's Revolutionary Guards, which back Kata'ib Hezbollah, denied involvement.",
                     ("irgc", "backs", "kataib_hezbollah"), None, id="which-back-read-as-an-adverb"),
        pytest.param("Kata'ib Hezbollah and other Iran-backed groups have attacked U.S. forces.",
                     ("iran", "backs", "kataib_hezbollah"), None, id="x-and-other-iran-backed-groups"),
        pytest.param("Iran has supported Kata'ib Sayyid al-Shuhada and other Iran-aligned militia groups.",
                     ("iran", "backs", "kataib_sayyid_al_shuhada"),
                     ("iran", "allied_with", "kataib_sayyid_al_shuhada"), id="backing-is-more-than-alliance"),
        pytest.param("Qasem Soleimani was among those killed in the U.S. strike at Baghdad airport.",
                     ("united_states", "killed", "qasem_soleimani"), None, id="among-those-killed-in"),
        pytest.param("James Foley was beheaded by the Islamic State in 2014.",
                     ("islamic_state", "killed", "James Foley"), None, id="beheaded-by"),
        pytest.param("Iran vowed revenge for Qasem Soleimani's killing by the United States.",
                     ("united_states", "killed", "qasem_soleimani"),
                     ("qasem_soleimani", "killed", "united_states"), id="xs-killing-by-y"),
        pytest.param("Iran vowed revenge for Ahmed al-Kinani's killing of Qasem Soleimani.",
                     ("Ahmed al-Kinani", "killed", "qasem_soleimani"), None, id="xs-killing-of-y"),
        # the review's counter-examples: ordinary sentences the rules above must not misread
        pytest.param("The United States and Britain fought a war in Iraq in 2003.",
                     None, ("united_states", "hostile_to", "united_kingdom"),
                     id="allies-fought-a-war-somewhere"),
        pytest.param("Armenia and Azerbaijan signed a peace agreement.",
                     None, ("armenia", "allied_with", "azerbaijan"), id="a-peace-agreement-is-no-alliance"),
        pytest.param("Iraq and Iran maintain an agreement on water.",
                     None, ("iraq", "allied_with", "iran"), id="an-agreement-on-water"),
        pytest.param("Hezbollah fought in Syria. Saudi forces killed the militants in Yemen last year, and "
                     "then the rebels attacked Saudi Arabia. The rebels were defeated.",
                     None, ("lebanese_hezbollah", "hostile_to", "saudi_arabia"),
                     id="the-rebels-are-nobody-named"),
        pytest.param("Hadi al-Amiri is a Badr Organization leader, Lt. Col. Ahmed Ali said.",
                     None, ("Ahmed Ali", "member_of", "badr_organization"), id="a-role-across-a-clause"),
        pytest.param("Islamic State's war with the allies of Iran continued.",
                     None, ("islamic_state", "allied_with", "iran"), id="a-war-with-is-no-tie"),
        pytest.param("Turkey ended up on the wrong side of Bashar al-Assad.",
                     None, ("turkey", "allied_with", "bashar_al_assad"), id="on-the-wrong-side-of"),
        pytest.param("Iraqi forces retook Tikrit in 2015. Kata'ib Hezbollah later seized Tikrit.",
                     None, ("iraqi_security_forces", "hostile_to", "kataib_hezbollah"),
                     id="a-later-holder-was-not-fought"),
        pytest.param("Abu Mahdi al-Muhandis was widely seen as the real leader of the PMF.",
                     ("abu_mahdi_al_muhandis", "leads", "popular_mobilization_forces"), None,
                     id="seen-as-the-leader-of"),
        pytest.param("The U.S. spent billions training the Iraqi army.",
                     ("united_states", "backs", "iraqi_army"), None, id="spent-billions-training"),
        pytest.param("Hadi al-Amiri has been described as the most powerful leader in the Popular "
                     "Mobilization Forces.", ("hadi_al_amiri", "member_of", "popular_mobilization_forces"),
                     ("hadi_al_amiri", "leads", "popular_mobilization_forces"),
                     id="a-leader-in-y-is-one-of-its"),
        # found on Re-DocRED's Wikipedia introductions: readings of the rules above that prose outside
        # the field got wrong
        pytest.param("Ahmed al-Asadi previously served as the Lieutenant Governor of Basra.",
                     None, ("ahmed_al_asadi", "controls", "basra"), id="a-lieutenant-governor-is-a-deputy"),
        pytest.param("The Iraqi national team was a football team held by the Iraq Football Association.",
                     None, ("Iraq Football Association", "controls", "iraq"),
                     id="a-team-held-by-is-no-place"),
        pytest.param("The songs were recorded in sessions at a studio in Jordan, assisted by producer Ahmed "
                     "al-Asadi.", None, ("ahmed_al_asadi", "backs", "jordan"),
                     id="assisted-by-after-a-place"),
        pytest.param("The Sadrist movement, a political party opposing the Dawa Party, won the election.",
                     None, ("sadrist_movement", "hostile_to", "islamic_dawa_party"),
                     id="a-party-opposing-a-party"),
        pytest.param("Ahmed al-Asadi was the oldest member of Iraq's 2016 Olympic team.",
                     None, ("ahmed_al_asadi", "member_of", "iraq"), id="a-member-of-a-countrys-team"),
        pytest.param("The Islamic State seized Fallujah in January 2014. In May 2016, Iraqi forces launched "
                     "an offensive on Fallujah.", ("iraqi_security_forces", "hostile_to", "islamic_state"),
                     None, id="an-offensive-on-what-a-group-held"),
        pytest.param("Kata'ib Hezbollah has controlled Jurf al-Sakhar since 2014. U.S. jets struck Jurf "
                     "al-Sakhar in 2024.", ("united_states", "hostile_to", "kataib_hezbollah"), None,
                     id="struck-what-a-group-held"),
        pytest.param("The United States will continue to support Iraq's sovereignty.",
                     None, ("united_states", "backs", "iraq"), id="supports-a-states-sovereignty"),
        pytest.param("Iraq's effort to combat the Islamic State has stalled.",
                     ("iraq", "hostile_to", "islamic_state"), None, id="xs-effort-to-combat"),
        pytest.param("Iraq's plan to retake Mosul from the Islamic State was delayed.",
                     None, ("iraq", "hostile_to", "islamic_state"), id="xs-plan-to-retake"),
        pytest.param("Iraqi forces have begun the operation to dislodge the Islamic State from Fallujah.",
                     ("iraqi_security_forces", "hostile_to", "islamic_state"), None,
                     id="operation-to-dislodge"),
        pytest.param("Iraqi forces were led by the Federal Police and the Emergency Response Division, the "
                     "elite Interior Ministry units.",
                     ("emergency_response_division", "part_of", "iraqi_ministry_of_interior"), None,
                     id="the-ministrys-units-in-apposition"),
        pytest.param("Harakat Hezbollah al-Nujaba maintains close ties with Lebanese Hezbollah.",
                     ("harakat_hezbollah_al_nujaba", "allied_with", "lebanese_hezbollah"), None,
                     id="close-ties-with"),
        pytest.param("Harakat Hezbollah al-Nujaba cut its ties with Lebanese Hezbollah in 2019.",
                     None, ("harakat_hezbollah_al_nujaba", "allied_with", "lebanese_hezbollah"),
                     id="ties-cut-are-no-ties"),
        pytest.param("Harakat Hezbollah al-Nujaba denied having ties to Lebanese Hezbollah.",
                     None, ("harakat_hezbollah_al_nujaba", "allied_with", "lebanese_hezbollah"),
                     id="ties-denied-are-no-ties"),
        pytest.param("The Badr Organization, whose leader Hadi al-Amiri sits in parliament, backed the bill.",
                     ("hadi_al_amiri", "leads", "badr_organization"), None, id="whose-leader"),
        pytest.param("Nouri al-Maliki, whose adviser Hadi al-Amiri sits in parliament, backed the bill.",
                     None, ("hadi_al_amiri", "member_of", "nouri_al_maliki"), id="whose-role-of-a-person"),
        pytest.param("Kata'ib Hezbollah vowed revenge against the United States.",
                     ("kataib_hezbollah", "hostile_to", "united_states"), None, id="vowed-revenge-against"),
        pytest.param("Peshmerga and PKK fighters exchanged fire near Sinjar on Sunday.",
                     ("peshmerga", "hostile_to", "pkk"), None, id="both-sides-exchanged-fire"),
        pytest.param("The Peshmerga exchanged fire with the PKK near Sinjar on Sunday.",
                     ("peshmerga", "hostile_to", "pkk"), None, id="exchanged-fire-with"),
        pytest.param("The Peshmerga and the PKK exchanged prisoners near Sinjar on Sunday.",
                     None, ("peshmerga", "hostile_to", "pkk"), id="exchanged-prisoners"),
        pytest.param("Iraqi security forces launched a crackdown on the Mahdi Army in Basra.",
                     ("iraqi_security_forces", "hostile_to", "mahdi_army"), None, id="crackdown-on"),
        pytest.param("The Promised Day Brigade fought a battle with Asa'ib Ahl al-Haq in Sadr City.",
                     ("promised_day_brigade", "hostile_to", "asaib_ahl_al_haq"), None,
                     id="fought-a-battle-with"),
        pytest.param("Iraqi PM Mustafa al-Kadhimi visited Erbil.",
                     ("mustafa_al_kadhimi", "leads", "iraq"), None, id="pm-abbreviated"),
        pytest.param("Izzat al-Douri was confirmed as the new leader of the Ba'ath Party in 2007.",
                     ("izzat_ibrahim_al_douri", "leads", "baath_party"), None, id="confirmed-as-leader"),
        pytest.param("Qasem Soleimani, the commander of the elite Quds Force, was killed.",
                     ("qasem_soleimani", "leads", "quds_force"), None, id="commander-of-the-elite-force"),
        pytest.param("Rayan al-Kildani is close to Qasem Soleimani.",
                     ("rayan_al_kildani", "allied_with", "qasem_soleimani"), None, id="close-to"),
        pytest.param("Rayan al-Kildani, a politician close to Iran, denied the charge.",
                     ("rayan_al_kildani", "allied_with", "iran"), None, id="a-politician-close-to"),
        pytest.param("Hadi al-Amiri has long been seen as close to Iran.",
                     ("hadi_al_amiri", "allied_with", "iran"), None, id="seen-as-close-to"),
        pytest.param("Hadi al-Amiri lives in a village close to Iran.",
                     None, ("hadi_al_amiri", "allied_with", "iran"), id="a-village-close-to"),
        pytest.param("Sources close to Hadi al-Amiri said Kata'ib Hezbollah would not run.",
                     None, ("kataib_hezbollah", "allied_with", "hadi_al_amiri"), id="sources-close-to"),
        pytest.param("Kata'ib Hezbollah, a Popular Mobilization Forces militia, denied the charge.",
                     ("kataib_hezbollah", "part_of", "popular_mobilization_forces"), None,
                     id="a-bodys-militia-in-apposition"),
        pytest.param("Iraqi PMF unit Kata'ib Hezbollah denied the charge.",
                     ("kataib_hezbollah", "part_of", "popular_mobilization_forces"), None,
                     id="a-bodys-unit-before"),
        pytest.param("Badr fought against the Islamic State group Ansar al-Islam.",
                     None, ("ansar_al_islam", "part_of", "islamic_state"),
                     id="the-islamic-state-group-is-a-name"),
        pytest.param("Kata'ib Hezbollah, alongside Iraqi Army forces, recaptured Bartella in 2016.",
                     ("kataib_hezbollah", "allied_with", "iraqi_army"), None, id="alongside-in-commas"),
        pytest.param("Kata'ib Hezbollah took part in the fighting at Tesqopa along with Peshmerga forces.",
                     ("kataib_hezbollah", "allied_with", "peshmerga"), None, id="along-with"),
        pytest.param("Abu Mahdi al-Muhandis was killed alongside Qasem Soleimani in Baghdad.",
                     None, ("abu_mahdi_al_muhandis", "allied_with", "qasem_soleimani"),
                     id="killed-alongside"),
        pytest.param("Kata'ib Sayyid al-Shuhada fought in Syria in support of the Syrian army.",
                     ("kataib_sayyid_al_shuhada", "backs", "syrian_arab_army"), None, id="in-support-of"),
        pytest.param("The U.S. responded on Thursday by hitting Kata'ib Hezbollah facilities.",
                     ("united_states", "hostile_to", "kataib_hezbollah"), None, id="responded-by-hitting"),
        pytest.param("Kata'ib Hezbollah was accused by the United States of attacking the embassy.",
                     None, ("united_states", "hostile_to", "kataib_hezbollah"), id="accused-by-is-no-attack"),
        pytest.param("Muqtada al-Sadr ordered his militia, Saraya al-Salam, to withdraw.",
                     ("muqtada_al_sadr", "leads", "saraya_al_salam"), None, id="his-militia-named"),
        pytest.param("Muqtada al-Sadr's militia fought the Mahdi Army in Najaf.",
                     None, ("muqtada_al_sadr", "leads", "mahdi_army"), id="his-militia-fought-another"),
        pytest.param("Iraqi security forces raided the headquarters of Kata'ib Hezbollah in Baghdad.",
                     ("iraqi_security_forces", "hostile_to", "kataib_hezbollah"), None,
                     id="raided-the-headquarters-of"),
        pytest.param("The Islamic State has been at war with the Peshmerga since 2014.",
                     ("islamic_state", "hostile_to", "peshmerga"), None, id="at-war-with"),
        pytest.param("Kata'ib Hezbollah is in conflict with the United States.",
                     ("kataib_hezbollah", "hostile_to", "united_states"), None, id="in-conflict-with"),
        pytest.param("Abu Fadak al-Mohammedawi was named as the replacement for Abu Mahdi al-Muhandis.",
                     ("abu_fadak_al_mohammadawi", "succeeded", "abu_mahdi_al_muhandis"), None,
                     id="named-as-the-replacement-for"),
        pytest.param("Abu Fadak al-Mohammedawi was named successor to Abu Mahdi al-Muhandis.",
                     ("abu_fadak_al_mohammadawi", "succeeded", "abu_mahdi_al_muhandis"), None,
                     id="named-successor-to"),
        pytest.param("Mullah Krekar is believed to be the leader of Ansar al-Islam.",
                     ("mullah_krekar", "leads", "ansar_al_islam"), None, id="believed-to-be-the-leader"),
        pytest.param("Iraqi forces seized Ramadi from the Islamic State in December.",
                     ("islamic_state", "controls", "ramadi"), None, id="seized-from-the-holder"),
        pytest.param("Mosul, northern Iraq's main city and one of ISIS's strongholds, fell in 2014.",
                     ("islamic_state", "controls", "mosul"), None, id="one-of-its-strongholds"),
        pytest.param("The Islamic State lost Mosul, its last major bastion in Iraq.",
                     ("islamic_state", "controls", "mosul"), None, id="its-last-bastion"),
        pytest.param("Hadi al-Amiri, along with Qais al-Khazali, was received by Nouri al-Maliki.",
                     None, ("hadi_al_amiri", "allied_with", "qais_al_khazali"), id="received-along-with"),
        pytest.param("Dearle always remained close to Morris's esthetic.",
                     None, ("Dearle", "allied_with", "Morris"), id="close-to-a-possessed-thing"),
        pytest.param("The Popular Mobilization Forces held a rally. The United States launched five strikes "
                     "against facilities belonging to the Iraqi militia, Kata'ib Hezbollah.",
                     ("united_states", "hostile_to", "kataib_hezbollah"),
                     ("united_states", "hostile_to", "popular_mobilization_forces"),
                     id="the-militia-named-in-apposition"),
        pytest.param("Successor to killed Iraq militia chief Abu Mahdi al-Muhandis named.",
                     None, ("abu_mahdi_al_muhandis", "member_of", "iraq"), id="a-countrys-militia-chief"),
        pytest.param("The US Treasury Department has sanctioned one of the leaders of Iraq's Popular "
                     "Mobilisation Forces.", None,
                     ("us_department_of_the_treasury", "sanctioned", "popular_mobilization_forces"),
                     id="sanctioned-one-of-its-leaders"),
        pytest.param("Kata'ib Hezbollah was accused of carrying out a deadly attack against U.S. and Iraqi "
                     "forces at a base near Kirkuk.",
                     ("kataib_hezbollah", "hostile_to", "iraqi_security_forces"), None,
                     id="accused-of-carrying-out-an-attack"),
        pytest.param("The Popular Mobilisation Forces are a pro-Iranian, mostly Shiite militia grouping.",
                     ("popular_mobilization_forces", "allied_with", "iran"), None,
                     id="pro-demonym-in-a-list"),
        pytest.param("Kata'ib Hezbollah, Asa'ib Ahl al-Haq and other factions of the Popular Mobilization "
                     "Forces denied the charge.",
                     ("asaib_ahl_al_haq", "part_of", "popular_mobilization_forces"), None,
                     id="and-other-factions-of"),
        pytest.param("Kata'ib Hezbollah and other Iraqi militias denied the charge.",
                     None, ("kataib_hezbollah", "part_of", "iraq"), id="and-other-national-militias"),
        pytest.param("Ansar al-Islam has been accused by the United States of providing a safe haven to "
                     "al-Qaeda.", ("ansar_al_islam", "backs", "al_qaeda"), None, id="safe-haven-to"),
        pytest.param("The US-led coalition killed six Islamic State leaders in an airstrike.",
                     ("us_led_coalition", "hostile_to", "islamic_state"), None, id="killed-its-leaders"),
        pytest.param("Israel was behind a series of drone strikes on PMF depots in 2019, officials said.",
                     ("israel", "hostile_to", "popular_mobilization_forces"), None,
                     id="was-behind-strikes-on"),
        pytest.param("Kata'ib Hezbollah was allegedly behind the assassination of Hisham al-Hashimi.",
                     ("kataib_hezbollah", "killed", "hisham_al_hashemi"), None,
                     id="behind-the-assassination-of"),
        pytest.param("Kata'ib Hezbollah was not behind the attack on British forces, officials said.",
                     None, ("kataib_hezbollah", "hostile_to", "united_kingdom"), id="not-behind-the-attack"),
        pytest.param("Iran's sponsorship of the Houthis has given Tehran leverage in the Red Sea.",
                     ("iran", "backs", "houthis"), None, id="sponsorship-of"),
        pytest.param("American support for the Iraqi Security Forces has included training.",
                     ("united_states", "backs", "iraqi_security_forces"), None, id="demonym-support-for"),
        pytest.param("Iran denied its support for Kata'ib Hezbollah.",
                     None, ("iran", "backs", "kataib_hezbollah"), id="support-denied"),
        pytest.param("Mustafa al-Kadhimi took over from Adel Abdul Mahdi as prime minister in May 2020.",
                     ("mustafa_al_kadhimi", "succeeded", "adel_abdul_mahdi"), None, id="took-over-from"),
        pytest.param("Haider al-Abadi's succession of Nouri al-Maliki in 2014 was welcomed.",
                     ("haider_al_abadi", "succeeded", "nouri_al_maliki"), None, id="succession-of"),
        pytest.param("Parliament elected Abdul Latif Rashid as president, replacing Barham Salih.",
                     ("abdul_latif_rashid", "succeeded", "barham_salih"), None, id="elected-replacing"),
        pytest.param("Qasim al-Araji, who took Falih al-Fayyadh's place as National Security Adviser in "
                     "2020, kept a low profile.", ("qasim_al_araji", "succeeded", "falih_al_fayyadh"), None,
                     id="took-his-place-as"),
        pytest.param("Mustafa al-Kadhimi took over from Adel Abdul Mahdi's aides the files on the protests.",
                     None, ("mustafa_al_kadhimi", "succeeded", "adel_abdul_mahdi"),
                     id="took-over-from-his-aides"),
        pytest.param("Mahdi Army militiamen stabbed Abdul Majid al-Khoei to death in Najaf.",
                     ("mahdi_army", "killed", "Abdul Majid al-Khoei"), None, id="stabbed-to-death"),
        pytest.param("Qais al-Khazali was sentenced to death by an Iraqi court in absentia.",
                     None, ("iraq", "killed", "qais_al_khazali"), id="sentenced-to-death"),
        pytest.param("Britain froze the assets of Qais al-Khazali and imposed a travel ban.",
                     ("united_kingdom", "sanctioned", "qais_al_khazali"), None, id="froze-the-assets-of"),
        pytest.param("The European Union added the Quds Force to its list of sanctioned entities in 2011.",
                     ("european_union", "sanctioned", "quds_force"), None, id="added-to-its-list"),
        pytest.param("The Iraqi Army, which falls under the Ministry of Defense, bore the brunt.",
                     ("iraqi_army", "part_of", "iraqi_ministry_of_defense"), None, id="falls-under"),
        pytest.param("The Babylon Brigades, one of dozens of units within the Popular Mobilization Forces, "
                     "control checkpoints.", ("kataib_babiliyoun", "part_of", "popular_mobilization_forces"),
                     None, id="one-of-dozens-of-units-within"),
        pytest.param("Kataib Hezbollah is one of the factions that make up the Islamic Resistance in Iraq.",
                     ("kataib_hezbollah", "part_of", "islamic_resistance_in_iraq"), None,
                     id="one-of-the-factions-that-make-up"),
        pytest.param("Kataib Hezbollah, which operates as Brigades 45, 46 and 47 of the Popular Mobilization "
                     "Forces, is paid from the budget.",
                     ("kataib_hezbollah", "part_of", "popular_mobilization_forces"), None,
                     id="operates-as-brigades-of"),
        pytest.param("Under the leadership of Sheikh Akram al-Kaabi, Harakat Hezbollah al-Nujaba expanded "
                     "its operations into Aleppo.",
                     ("akram_al_kaabi", "leads", "harakat_hezbollah_al_nujaba"), None,
                     id="under-the-leadership-of"),
        pytest.param("Saraya al-Salam answers directly to the cleric Muqtada al-Sadr.",
                     ("muqtada_al_sadr", "leads", "saraya_al_salam"), None, id="answers-to"),
        pytest.param("Asa'ib Ahl al-Haq operated at the behest of Qasem Soleimani, who approved its targets.",
                     ("qasem_soleimani", "backs", "asaib_ahl_al_haq"), None, id="at-the-behest-of"),
        pytest.param("Qasim al-Araji, a prominent figure from the Badr Organization, was the favourite.",
                     ("qasim_al_araji", "member_of", "badr_organization"), None, id="a-figure-from"),
        pytest.param("The 2014 creation of Saraya al-Salam by Muqtada al-Sadr revived the Mahdi Army.",
                     ("muqtada_al_sadr", "founded", "saraya_al_salam"), None, id="creation-of-by"),
        pytest.param("The Popular Mobilization Forces were created by a decree of Nouri al-Maliki.",
                     ("nouri_al_maliki", "founded", "popular_mobilization_forces"), None,
                     id="created-by-a-decree-of"),
        pytest.param("The KDP has cultivated close ties with Ankara, cooperating on oil exports.",
                     ("kurdistan_democratic_party", "allied_with", "turkey"), None, id="ties-with-a-capital"),
        pytest.param("PMF units operated in close coordination with the Iraqi Army during the offensive.",
                     ("popular_mobilization_forces", "allied_with", "iraqi_army"), None,
                     id="in-close-coordination-with"),
        pytest.param("The Islamic Resistance in Iraq and Hamas are partners in the Axis of Resistance.",
                     ("islamic_resistance_in_iraq", "allied_with", "hamas"), None, id="x-and-y-are-partners"),
        pytest.param("Iran and Saudi Arabia could become partners.",
                     None, ("iran", "allied_with", "saudi_arabia"), id="could-become-partners"),
        pytest.param("Kata'ib Hezbollah is not an ally of Iran.",
                     None, ("kataib_hezbollah", "allied_with", "iran"), id="is-not-an-ally"),
        pytest.param("Hadi al-Amiri is not the leader of Kata'ib Hezbollah.",
                     None, ("hadi_al_amiri", "leads", "kataib_hezbollah"), id="is-not-the-leader"),
        pytest.param("Kata'ib Hezbollah is not part of the Popular Mobilization Forces, its spokesman said.",
                     None, ("kataib_hezbollah", "part_of", "popular_mobilization_forces"),
                     id="is-not-part-of"),
        pytest.param("The Islamic State no longer controls Mosul.",
                     None, ("islamic_state", "controls", "mosul"), id="no-longer-controls"),
        pytest.param("Sudani was born in Baghdad in 1970; his father was executed by Saddam Hussein's men.",
                     None, ("saddam_hussein", "born_in", "baghdad"), id="born-a-subject-not-read"),
        pytest.param("Qais al-Khazali, born in Sadr City in 1974, studied under Muqtada al-Sadr's father.",
                     ("qais_al_khazali", "born_in", "sadr_city"), ("muqtada_al_sadr", "born_in", "sadr_city"),
                     id="born-participle-after-a-name"),
        pytest.param("Najaf-born cleric Muqtada al-Sadr called on his followers to stay off the streets.",
                     ("muqtada_al_sadr", "born_in", "najaf"), None, id="place-born"),
        pytest.param("Najaf-born clerics criticised Hadi al-Amiri.",
                     None, ("hadi_al_amiri", "born_in", "najaf"), id="place-born-others"),
        pytest.param("Hadi al-Amiri, a native of Diyala province, fled to Iran in the 1980s.",
                     ("hadi_al_amiri", "born_in", "diyala_governorate"), None, id="a-native-of"),
        pytest.param("Turkish drone kills Sinjar commander Said Hassan.",
                     None, ("Said Hassan", "controls", "sinjar"), id="a-towns-commander-holds-no-town"),
        pytest.param("Harakat Hezbollah al-Nujaba, whose secretary-general is Akram al-Kaabi, said it would "
                     "continue.", ("akram_al_kaabi", "leads", "harakat_hezbollah_al_nujaba"), None,
                     id="whose-role-is"),
        pytest.param("Qasem Soleimani was a hated figure for the Islamic State.",
                     None, ("qasem_soleimani", "member_of", "islamic_state"), id="a-hate-figure-for"),
        pytest.param("The founder of al-Qaeda in Iraq, Jordanian militant Abu Musab al-Zarqawi, pledged "
                     "allegiance to bin Laden.", ("abu_musab_al_zarqawi", "founded", "al_qaeda_in_iraq"),
                     None,
                     id="the-founder-of-x-descriptor-name"),
        pytest.param("The Sadrist movement's leader, cleric Muqtada al-Sadr, ordered his deputies to resign.",
                     ("muqtada_al_sadr", "leads", "sadrist_movement"), None, id="its-leader-descriptor-name"),
        pytest.param("Jurf al-Sakhar, a town south of Baghdad that Kataib Hezbollah has held since 2014, "
                     "remains closed.", ("kataib_hezbollah", "controls", "jurf_al_sakhar"), None,
                     id="a-town-that-x-has-held"),
        pytest.param("Vladimir Orlov was a Soviet admiral. Orlov was born in Kherson in 1895.",
                     ("Vladimir Orlov", "born_in", "Kherson"), None, id="born-a-surname-not-read"),
        pytest.param("Abu Fadak al-Mohammedawi spoke. He was elected governor of Basra in 2019.",
                     ("abu_fadak_al_mohammadawi", "controls", "basra"), None, id="governor-of-a-province"),
        pytest.param("Qais al-Khazali won a disputed election that was a three-way tie between him, Hadi "
                     "al-Amiri and Nouri al-Maliki.", None,
                     ("hadi_al_amiri", "allied_with", "nouri_al_maliki"), id="a-tie-in-an-election"),
        pytest.param("Carlos Ortega was a Spanish military figure of the 19th century.",
                     None, ("Carlos Ortega", "member_of", "spain"), id="a-national-figure"),
        pytest.param("Hadi al-Amiri is a politician. Amiri is the founder and chairman of the Badr "
                     "Organization board of directors (until 2015 it was called Badr Corps).",
                     ("hadi_al_amiri", "founded", "badr_organization"), None,
                     id="a-copula-the-parse-hangs-under-another-verb"),
        pytest.param("Hezbollah advisers were on the front lines against the Islamic State in Jurf "
                     "al-Sakhar.",
                     ("lebanese_hezbollah", "hostile_to", "islamic_state"), None,
                     id="on-the-front-lines-against"),
        pytest.param("The Sons of Iraq checkpoints were frequent targets of al-Qaeda in Iraq.",
                     ("al_qaeda_in_iraq", "hostile_to", "sons_of_iraq"), None, id="frequent-targets-of"),
        pytest.param("Turkish drones struck a car carrying members of the Sinjar Resistance Units "
                     "near Sinune.",
                     ("turkey", "hostile_to", "sinjar_resistance_units"), None,
                     id="a-car-carrying-members-of"),
        pytest.param("Kataib Hezbollah was behind the kidnapping of Elizabeth Tsurkov in Baghdad.",
                     ("kataib_hezbollah", "hostile_to", "Elizabeth Tsurkov"), None,
                     id="behind-the-kidnapping-of"),
        pytest.param("The Kurdistan Democratic Party and the Patriotic Union of Kurdistan fought a bloody "
                     "civil war in the mid-1990s.",
                     ("kurdistan_democratic_party", "hostile_to", "patriotic_union_of_kurdistan"),
                     ("kurdistan_democratic_party", "allied_with", "patriotic_union_of_kurdistan"),
                     id="fought-a-civil-war"),
        pytest.param("Sulaymaniyah, a Patriotic Union of Kurdistan stronghold, was hit by a drone on Friday.",
                     ("patriotic_union_of_kurdistan", "controls", "sulaymaniyah"), None,
                     id="a-bodys-stronghold"),
        pytest.param("The KDP, which works closely with Ankara against the PKK, allowed Turkish "
                     "bases in Duhok.",
                     ("kurdistan_democratic_party", "allied_with", "turkey"), None,
                     id="works-with-a-capital"),
        pytest.param("Russian air power propped up the Syrian army throughout the Aleppo offensive.",
                     ("russia", "backs", "syrian_arab_army"), None, id="propped-up"),
        pytest.param("Turkey is planning a new ground operation against PKK positions in northern Iraq.",
                     None, ("turkey", "hostile_to", "pkk"), id="planning-an-operation"),
        pytest.param("The strike, carried out by the United States, killed Abu Taqwa.",
                     ("united_states", "killed", "abu_taqwa_al_saidi"), None,
                     id="a-strike-carried-out-by-killed"),
        pytest.param("Abu Taqwa and his driver were killed when a U.S. drone struck their car in Baghdad.",
                     ("united_states", "killed", "abu_taqwa_al_saidi"), None,
                     id="killed-when-a-drone-struck"),
        pytest.param("Abu Taqwa was killed when Kata'ib Hezbollah clashed with Iraqi police.",
                     None, ("kataib_hezbollah", "killed", "abu_taqwa_al_saidi"),
                     id="killed-when-others-clashed"),
    ],
)
def test_each_rule_takes_the_right_arguments(analyse, text, expected, wrong):
    ex, _, claims = analyse(text)
    if expected is not None:
        assert stated(claims, expected), claims
    if wrong is not None:
        named = {c.key or c.name for c in ex.chains}
        assert {wrong[0], wrong[2]} <= named, named  # both actors are read: the claim is what is left out
        assert not stated(claims, wrong), claims


def test_who_praises_a_successor_succeeds_nobody(analyse):
    _, _, claims = analyse("Hadi al-Amiri praised the successor of Qasem Soleimani.")
    assert ("hadi_al_amiri", "succeeded", "qasem_soleimani") not in claims, claims


def test_a_country_after_a_force_is_whose_force_not_what_it_is_part_of(analyse):
    _, _, claims = analyse("The Quds Force of Iran trained them.")
    assert not any(r == "part_of" for _, r, _ in claims), claims


def test_the_general_stands_for_the_person_just_named_and_both_sentences_are_cited(analyse):
    text = ("Qasem Soleimani arrived in Baghdad in 2019. "
            "The general worked alongside Kata'ib Hezbollah for years.")
    ex, _, claims = analyse(text)
    assert stated(claims, ("qasem_soleimani", "allied_with", "kataib_hezbollah")), claims
    [claim] = [c for c in ex.claims if c.relation == "allied_with"]
    assert text[claim.evidence_start:claim.evidence_end] == text


def test_he_is_the_subject_of_the_sentence_before_not_the_most_named_person(analyse):
    text = ("Hadi al-Amiri spoke in Basra. Hadi al-Amiri left. Qasim al-Araji grew up in Baghdad. "
            "In 1990 he joined the Badr Organization.")
    _, _, claims = analyse(text)
    assert ("qasim_al_araji", "member_of", "badr_organization") in claims, claims
    assert ("hadi_al_amiri", "member_of", "badr_organization") not in claims, claims


@pytest.fixture(scope="module")
def rules_alone(tmp_path_factory):
    """The pipeline with SHABAKA_RELATION_MODEL=none: claims keep their rules' own confidences."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    settings = Settings()
    settings.db = tmp_path_factory.mktemp("rules") / "kb.db"
    settings.relation_model = "none"
    with KnowledgeBase(settings) as kb:
        yield kb


@pytest.mark.parametrize("text", [
    "Brig. Gen. Kevin Bergner, spokesman, Multi-National Force - Iraq, briefed reporters.",
    "Hadi al-Amiri is the head and secretary general of the Badr Organization.",
    "Abu Mahdi al-Muhandis, deputy chairman and commander of Kata'ib Hezbollah, was killed.",
    "The Iran-backed Kata'ib Hezbollah fired rockets at the base.",
    "They met Kata'ib al-Imam Ali (Popular Mobilization Forces brigade 40) in Baghdad.",
])
def test_without_the_calibration_file_confidences_are_still_probabilities(rules_alone, text):
    claims = rules_alone.extract_text(text, None).claims
    assert claims
    assert all(0 < c.confidence <= 1 for c in claims), [(c.relation, c.confidence) for c in claims]


def test_an_acronym_coined_for_a_description_and_a_headline_verb_are_no_actors(analyse):
    ex, _, _ = analyse("Security Forces Continue Pursuit of ISIS Remnants, OIR Deputy Commander Says\n\n"
                       "The strikes answer Iranian-backed Shia militia groups (SMG) who attack bases. SMG "
                       "attacks on coalition forces went on. Kata'ib Hezbollah (KH) denied it.")
    names = {c.name for c in ex.chains}
    assert "Kata'ib Hezbollah" in names  # an acronym a name defines stays
    assert not names & {"SMG", "Says"}, names


def test_a_gloss_of_a_name_holds_no_actors(analyse):
    ex, _, _ = analyse("Harakat Hezbollah al-Nujaba (Arabic: حركة حزب الله النجباء, romanized: Haraka "
                       "Hizballah an-Nujaba, lit. 'Movement of the Party of God's Nobles') is an Iraqi "
                       "group.")
    assert "harakat_hezbollah_al_nujaba" in {c.key for c in ex.chains}
    named = {m.text for m in ex.mentions}
    assert not any("Movement" in n or "Nobles" in n or n.startswith("Haraka ") for n in named), named


def test_no_control_is_no_control(analyse):
    ex, _, claims = analyse("The Iraqi government has no control over Kata'ib Hezbollah.")
    assert {"iraq", "kataib_hezbollah"} <= {c.key for c in ex.chains}  # both read: the claim is left out
    assert not any(relation == "controls" for _, relation, _ in claims), claims


def test_another_states_body_is_not_the_packs_iraqi_one(analyse):
    ex, _, claims = analyse("Turkish Interior Ministry spokesperson Suleyman Soylu spoke. The Iraqi Interior "
                            "Ministry denied it.")
    named = {c.name: c.key for c in ex.chains}
    assert named.get("Turkish Interior Ministry", "missing") is None, named  # a body of its own
    assert "iraqi_ministry_of_interior" in named.values(), named
    assert ("Suleyman Soylu", "member_of", "Turkish Interior Ministry") in claims, claims
    assert not any(relation == "part_of" for _, relation, _ in claims), claims


@pytest.mark.parametrize("text", [
    "Iraqi Interior Minister Qasim al-Araji visited Basra.",
    "Qasim al-Araji, Iraq's interior minister, visited Basra.",
    "Qasim al-Araji, the minister of interior, visited Basra in Iraq.",
    "In 2017, Qasim al-Araji was appointed Iraq's Minister of Interior.",
    "Qasim al-Araji served as interior minister of Iraq from 2017 to 2018.",
])
def test_a_ministers_title_names_the_ministry_he_leads(analyse, text):
    _, _, claims = analyse(text)
    assert ("qasim_al_araji", "leads", "iraqi_ministry_of_interior") in claims, claims


def test_a_ministers_title_with_no_minister_named_makes_no_ministry(analyse):
    ex, _, _ = analyse("Iraq's interior minister said on Monday that the border with Syria was closed.")
    assert "iraqi_ministry_of_interior" not in {c.key for c in ex.chains}


def test_another_states_minister_or_a_bare_title_in_a_text_about_another_state_leads_no_iraqi_ministry(
        analyse):
    ex, _, claims = analyse("Turkish Interior Minister Suleyman Soylu visited Ankara. Defence Minister "
                            "Hulusi Akar said Turkey would strike the PKK in northern Iraq, Turkey's army "
                            "said.")
    ministries = {"iraqi_ministry_of_interior", "iraqi_ministry_of_defense"}
    assert not {c.key for c in ex.chains} & ministries, claims
    assert ("Suleyman Soylu", "member_of", "turkey") in claims, claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("The Iraqi prime minister met Defence Minister Hulusi Akar in Ankara, Turkey's capital.",
     ("Hulusi Akar", "leads", "iraqi_ministry_of_defense")),
    ("According to the Pentagon, Kata'ib Hezbollah and other PMF militias attacked the base.",
     ("us_department_of_defense", "part_of", "popular_mobilization_forces")),
    ("Iran funded Kata'ib Hezbollah, Badr militias and Asaib Ahl al-Haq.",
     ("kataib_hezbollah", "part_of", "badr_organization")),
    ("Kata'ib Hezbollah was condemned by the United States after fighting alongside the Syrian Army.",
     ("united_states", "allied_with", "syrian_arab_army")),
    ("The PMF seized Tikrit from the Islamic State, which had captured it from the Iraqi Army.",
     ("iraqi_army", "controls", "popular_mobilization_forces")),
    ("Sadr's militia, Badr and Asaib Ahl al-Haq clashed in Basra.", ("Sadr", "leads", "badr_organization")),
    ("Iraq is close to Iran in the FIFA rankings.", ("iraq", "allied_with", "iran")),
    ("The United States struck Kata'ib Hezbollah along with Asaib Ahl al-Haq.",
     ("united_states", "allied_with", "asaib_ahl_al_haq")),
    ("The Peshmerga were in the battle with the Iraqi Army against the Islamic State.",
     ("peshmerga", "hostile_to", "iraqi_army")),
    ("There is no evidence of Iran's support for Kata'ib Hezbollah.", ("iran", "backs", "kataib_hezbollah")),
    ("Thousands of Iraqis marched in Baghdad in support of Muqtada al-Sadr.",
     ("iraq", "backs", "muqtada_al_sadr")),
    ("Iraq and Iran traded shots in the World Cup qualifier.", ("iraq", "hostile_to", "iran")),
    ("The Iraqi government froze the assets of the PMF's leaders.",
     ("iraq", "sanctioned", "popular_mobilization_forces")),
    ("Muqtada al-Sadr was named as a possible successor to Ali al-Sistani.",
     ("muqtada_al_sadr", "succeeded", "ali_al_sistani")),
    ("Hadi al-Amiri took Muqtada al-Sadr's place at the negotiating table.",
     ("hadi_al_amiri", "succeeded", "muqtada_al_sadr")),
    ("The Badr Organization reported to Qais al-Khazali that the attack had failed.",
     ("qais_al_khazali", "leads", "badr_organization")),
    ("Turkey and Iraq are trading partners.", ("turkey", "allied_with", "iraq")),
    ("Sudani was born in Baghdad in 1970, during the rule of Saddam Hussein.",
     ("saddam_hussein", "born_in", "baghdad")),
])
def test_what_review_found_the_new_rules_misread(analyse, text, wrong):
    """Sentences an independent review of the session's rules wrote to trip them."""
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


def test_a_misplaced_apostrophe_and_a_capitalised_noun_after_the(analyse):
    ex, _, claims = analyse("Police arrested 14 members of Katai’b Hezbollah, a faction established by the "
                            "Iranian Revolutionary Guard Corps. The United States opposes the Law. The PMF "
                            "rejected the Agreement.")
    keys = {c.key for c in ex.chains}
    assert "kataib_hezbollah" in keys and "lebanese_hezbollah" not in keys, keys
    assert not {"Law", "Agreement"} & {c.name for c in ex.chains}
    ex, _, _ = analyse("State amended the designation of the Zarqawi-led organization. Turkey struck the "
                       "Kurd-administered enclave.")
    names = {c.name for c in ex.chains}
    assert "Zarqawi" in names and "Kurd" not in names, names  # a name may open "the X-led", a people not
    assert not any(obj == "Law" or subject == "Law" for subject, _, obj in claims), claims


def test_a_foreign_leader_named_by_title_alone_leads_his_state(analyse):
    _, _, claims = analyse("Turkey shelled Sinjar. President Recep Tayyip Erdogan said the operation "
                           "would go on, according to Prime Minister Binali Yildirim. Israel denied it. "
                           "Prime Minister Benjamin Netanyahu warned Iran.")
    assert {("recep_tayyip_erdogan", "leads", "turkey"), ("binali_yildirim", "leads", "turkey"),
            ("benjamin_netanyahu", "leads", "israel")} <= claims, claims
    assert ("benjamin_netanyahu", "leads", "turkey") not in claims, claims


def test_a_gloss_inside_a_name_stays_in_the_name(analyse):
    ex, _, claims = analyse("Asa'ib Ahl al-Haq is part of the Fatah (Conquest) Alliance, a coalition "
                            "that won forty seats.")
    assert "Fatah (Conquest) Alliance" in {c.name for c in ex.chains}
    assert ("asaib_ahl_al_haq", "part_of", "Fatah (Conquest) Alliance") in claims, claims


def test_a_one_word_pack_name_inside_a_longer_name_is_not_that_actor(analyse):
    ex, _, _ = analyse("She spoke at the International Congress of Mathematicians in 1966. She studied at "
                       "Mosul University. The U.S. Congress voted and Iraqi Prime Minister Haider al-Abadi "
                       "visited Mosul.")
    keys = {c.key for c in ex.chains}
    assert "us_congress" in keys and "mosul" in keys and "iraq" in keys, keys
    congress = [m.text for m in ex.mentions if m.key == "us_congress"]
    assert congress == ["U.S. Congress"], congress  # not the mathematicians' congress
    assert [m.text for m in ex.mentions if m.key == "mosul"] == ["Mosul"]  # the city, not the university


def test_a_line_of_titles_stays_one_sentence_and_a_time_word_leaves_a_title_bare(analyse):
    text = ("Pentagon Chief Spokesperson Dana W. White provided the following readout:\n\n"
            "Today Secretary of Defense Jim Mattis met with Iraq Prime Minister Haider al-Abadi.")
    ex, _, claims = analyse(text)
    start, end = ex.sentences[0]
    assert text[start:end].startswith("Pentagon Chief Spokesperson Dana W. White provided"), ex.sentences
    assert ("Dana W. White", "member_of", "us_department_of_defense") in claims, claims
    assert ("jim_mattis", "leads", "us_department_of_defense") in claims, claims


def test_an_arabic_and_the_tail_stays_in_the_name(analyse):
    ex, _, claims = analyse("Abu Bakr al-Baghdadi created Jamaat Jaysh Ahl al-Sunnah wa-l-Jamaah (JJASJ) in "
                            "2003. JJASJ fought US troops.")
    assert "Jamaat Jaysh Ahl al-Sunnah wa-l-Jamaah" in {c.name for c in ex.chains}
    assert ("abu_bakr_al_baghdadi", "founded", "Jamaat Jaysh Ahl al-Sunnah wa-l-Jamaah") in claims, claims


def test_a_name_written_with_hyphens_and_a_doubled_vowel_is_the_packs_actor(analyse):
    ex, _, _ = analyse("Harakat-al-Nujaba and Katai'ib Hezbollah attacked coalition forces.")
    names = {c.key: c.name for c in ex.chains}
    assert names.get("harakat_hezbollah_al_nujaba") == "Harakat-al-Nujaba", names
    assert "kataib_hezbollah" in names and "lebanese_hezbollah" not in names, names


@pytest.mark.parametrize(("text", "wrong"), [
    # a headline's colon lists nothing: "Abstract: pro-Iran militias ... fight IS" names no allies
    ("Iran's Militia Army in Iraq: The New Special Groups\nAbstract: Pro-Iranian militias in Iraq—excluding "
     "Badr—have swollen since 2014, when they plugged into government funding through the Popular "
     "Mobilization Forces raised to fight the Islamic State.", ("iran", "allied_with", "islamic_state")),
    ("All Americans in Iraq will be hostages if a war broke out between the U.S. and Iran.",
     ("united_states", "hostile_to", "iran")),
    ("US strikes kill five pro-Hezbollah fighters in Iraq.",
     ("united_states", "hostile_to", "lebanese_hezbollah")),
    ("The United Nations Security Council met on Monday. These groups, he said, are subsidiaries of the "
     "Popular Mobilization Forces.", ("un_security_council", "part_of", "popular_mobilization_forces")),
    ("Harakat Hezbollah al-Nujaba is a militia. Muhandis and Soleimani were responsible for establishing "
     "the Iranian-backed militias in Iraq.", ("Muhandis", "founded", "harakat_hezbollah_al_nujaba")),
    ("OFAC imposed sanctions on KH leaders Hossein Moanes, the head of KH political party Harakat Hoquq.",
     ("Hossein Moanes", "leads", "kataib_hezbollah")),
    ("Akram al-Kaabi founded Harakat Hezbollah al-Nujaba. Kaabi denies any disagreements with AAH, stating "
     "that the formation of HHN occurred due to disagreements on style.",
     ("asaib_ahl_al_haq", "part_of", "harakat_hezbollah_al_nujaba")),
    ("U.S. airstrikes killed Major General Qassem Soleimani and Iraqi militia leader Abu Mahdi al-Muhandis, "
     "who was deputy chief of the Popular Mobilization Commission.",
     ("qasem_soleimani", "member_of", "popular_mobilization_forces")),
    ("HHN has fought ISIS alongside the Syrian army, Hezbollah, and other Iran-backed Iraqi militias.",
     ("iran", "backs", "syrian_arab_army")),
    ("Secretary of State Mike Pompeo threatened to shutter the American Embassy. KH has threatened the Iraqi "
     "prime minister, the commander in chief.", ("kataib_hezbollah", "hostile_to", "mike_pompeo")),
    ("Fly Baghdad flights delivered weapons to members of the IRGC-QF and Iran-aligned militia groups in "
     "Syria, including the Syrian Arab Republican Guard, Lebanese Hizballah, KH, and the KH-affiliated "
     "Abu al-Fadl al-Abbas Brigade.", ("lebanese_hezbollah", "part_of", "kataib_hezbollah")),
    ("Kata'ib Hezbollah fired rockets at the base. The Iranian-backed militias in Iraq are part of the "
     "Popular Mobilization Forces.", ("kataib_hezbollah", "part_of", "popular_mobilization_forces")),
    ("Abu Mahdi al-Muhandis, who fought alongside Qassem Soleimani, was killed by a U.S. drone.",
     ("united_states", "killed", "qasem_soleimani")),
])
def test_what_analyses_and_news_of_2015_25_misread(analyse, text, wrong):
    """Wrong claims found on a set of analyses and news read this session (G2, G4), in sentences
    written here: generic plurals, hypotheticals, 'pro-X' fighters, a headline's colon."""
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones were launched by groups such as Kata'ib Hezbollah, Asa'ib Ahl al-Haq and Kata'ib Sayyid "
     "al-Shuhada. These groups, he said, are subsidiaries of the Popular Mobilization Forces.",
     ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces")),
    ("KSS is funded by the Quds Force. The group is one of the original militias that formed the Popular "
     "Mobilization Forces in 2014.", ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces")),
    ("The Special Groups receive funding from the Quds Force. These groups are separate from but allied "
     "with the Mahdi Army of Muqtada al-Sadr.", ("special_groups", "allied_with", "mahdi_army")),
    ("The office was dominated by Qassem Soleimani, with a pro-IRGC-QF official, Mohammed al-Hashemi, "
     "serving as his aide.", ("quds_force", "allied_with", "mohammed_al_hashemi")),
    ("OFAC imposed sanctions on KH leaders Hossein Moanes, the head of KH political party Harakat Hoquq.",
     ("Hossein Moanes", "leads", "Harakat Hoquq")),
    ("Iran vowed revenge for the U.S. airstrike in early 2020 that killed Qasem Soleimani.",
     ("united_states", "killed", "qasem_soleimani")),
    ("Tensions peaked after the U.S. strike that killed IRGC – Quds Force Commander Qassem Soleimani.",
     ("united_states", "killed", "qasem_soleimani")),
    ("Abu Mahdi al-Muhandis was killed by a U.S. drone on Jan. 3, 2020 alongside Qassem Soleimani.",
     ("united_states", "killed", "qasem_soleimani")),
    ("Quds Force commander Qassem Soleimani was killed in January. General Esmail Ghaani was appointed as "
     "his successor.", ("ismail_qaani", "succeeded", "qasem_soleimani")),
    ("The Fars News Agency, which is managed by the Revolutionary Guard, published the statement.",
     ("irgc", "controls", "Fars News Agency")),
    ("The attack came amid rising escalation between the United States and Iran in Iraq.",
     ("united_states", "hostile_to", "iran")),
    ("Qais al-Khazali, a leader of the pro-Iran Coordination Framework, spoke.",
     ("qais_al_khazali", "member_of", "coordination_framework")),
])
def test_what_analyses_and_news_of_2015_25_state(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed PMF deputy chief and Kata'ib Hezbollah leader Abu Mahdi al-Muhandis.",
     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    ("Badr chief and Fatah Alliance leader Hadi al-Amiri spoke.",
     ("hadi_al_amiri", "leads", "badr_organization")),
])
def test_two_titles_joined_before_a_name_are_both_his(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


def test_a_country_before_and_is_not_a_second_title(analyse):
    _, _, claims = analyse("Iran and Kata'ib Hezbollah leader Abu Mahdi al-Muhandis spoke.")
    assert not any(obj == "iran" for _, _, obj in claims), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Muhammad al-Hamidawi is being designated for owning or controlling the Al-Muhandis General Company.",
     ("Muhammad al-Hamidawi", "controls", "Al-Muhandis General Company")),
    ("Al-Muhandis General Company was designated for being owned or controlled by Kata'ib Hizballah.",
     ("kataib_hezbollah", "controls", "Al-Muhandis General Company")),
    ("OFAC designated Muhammad al-Hamidawi for having materially assisted, sponsored, or provided financial, "
     "material, or technological support for, or goods or services to or in support of, Kata'ib Hizballah.",
     ("Muhammad al-Hamidawi", "backs", "kataib_hezbollah")),
])
def test_the_grounds_of_a_designation_state_a_relation(analyse, text, expected):
    """The standard wording of a sanctions notice: what the designee did is a claim too."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


def test_a_designation_for_a_role_in_an_attack_states_no_backing(analyse):
    _, _, claims = analyse("The Treasury designated Hamidawi for his role in the attack on Kata'ib "
                           "Hizballah's rivals.")
    assert not any(relation in {"backs", "controls"} for _, relation, _ in claims), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("The self-styled, Tehran-backed Kata'ib Hezbollah rejected the deal.",
     ("iran", "backs", "kataib_hezbollah")),
    ("Kata'ib Hezbollah received weapons from Tehran.", ("iran", "backs", "kataib_hezbollah")),
    ("Heavy clashes broke out in Baghdad between supporters of Muqtada al-Sadr and Iraqi security forces.",
     ("muqtada_al_sadr", "hostile_to", "iraqi_security_forces")),
])
def test_a_capital_that_backs_and_a_leaders_supporters_act_for_them(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


def test_a_capital_left_or_studied_in_is_the_city(analyse):
    ex, _, _ = analyse("The convoy drove from Tehran to Baghdad. He received his degree from Baghdad "
                       "University.")
    assert "iran" not in {c.key for c in ex.chains}


@pytest.mark.parametrize(("text", "wrong"), [
    ("During the Iran–Iraq War, Qaani led the 5th Nasr Brigade.", ("iran", "hostile_to", "iraq")),
    ("IRGC commander Qasem Soleimani was killed in a US drone strike at Baghdad's international airport.",
     ("united_states", "hostile_to", "iraq")),
])
def test_a_war_as_a_time_and_a_citys_airport_state_less(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


def test_a_war_named_as_an_agent_still_pits_its_sides(analyse):
    _, _, claims = analyse("The Iran–Iraq War killed a million people.")
    assert stated(claims, ("iran", "hostile_to", "iraq")), claims


def test_a_coach_who_managed_a_national_team_rules_no_country(analyse):
    _, _, claims = analyse("Adnan Hamad, an Iraqi coach, managed the Iraq national football team in 2004.")
    assert not any(relation == "controls" for _, relation, _ in claims), claims


def test_which_is_a_branch_of_is_still_an_apposition(analyse):
    _, _, claims = analyse("The Golden Division is the elite unit of the Counter-Terrorism Service, which "
                           "is a branch of the Iraqi Armed Forces.")
    assert stated(claims, ("counter_terrorism_service", "part_of", "iraqi_armed_forces")), claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("Treasury designated Rayan al-Kildani for supporting serious human rights abuse in Iraq.",
     ("rayan_al_kildani", "backs", "iraq")),
    ("Treasury designated Muhandis General Company for controlling front companies owned by Kata'ib "
     "Hezbollah.",
     ("kataib_hezbollah", "controls", "Muhandis General Company")),
    ("IRGC commanders and Kata'ib Hezbollah leader Abu Fadak al-Mohammadawi attended the funeral.",
     ("abu_fadak_al_mohammadawi", "leads", "irgc")),
    ("Kata'ib Hezbollah fought Jabhat al-Nusra and the Islamic State in Syria. Iran funded the militias.",
     ("iran", "backs", "islamic_state")),
    ("The United Nations Security Council met on Monday. The groups, he said, are subsidiaries of the "
     "Popular Mobilization Forces.", ("un_security_council", "part_of", "popular_mobilization_forces")),
    ("Abu Musab al-Zarqawi was killed by a U.S. airstrike in 2006 after years of fighting alongside Osama "
     "bin Laden.", ("united_states", "killed", "osama_bin_laden")),
    ("Abu Baqir al-Saadi, Kata'ib Hezbollah's commander alongside Abu Mahdi al-Muhandis, was killed by a "
     "U.S. drone strike in Baghdad.", ("united_states", "killed", "abu_mahdi_al_muhandis")),
    ("Iraqi security forces killed several supporters of Muqtada al-Sadr during clashes in Basra.",
     ("iraqi_security_forces", "killed", "muqtada_al_sadr")),
    ("The Treasury sanctioned six supporters of Kata'ib Hezbollah in Iraq.",
     ("us_department_of_the_treasury", "sanctioned", "kataib_hezbollah")),
    ("Iraqi leaders fear an escalation between the United States and Iran.",
     ("united_states", "hostile_to", "iran")),
    ("After Soleimani's death, Ayatollah Ali Khamenei named Esmail Qaani as his successor.",
     ("ismail_qaani", "succeeded", "ali_khamenei")),
])
def test_what_review_found_this_sessions_rules_misread(analyse, text, wrong):
    """Sentences an independent review of this session's rules wrote to trip them."""
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Kata'ib Hezbollah fired rockets at Washington's embassy in Baghdad.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Thousands of Iraqis were killed in the Iran-Iraq war.", ("iraq", "hostile_to", "iran")),
    ("The Treasury sanctioned Qais al-Khazali and Laith al-Khazali, who lead Asa'ib Ahl al-Haq.",
     ("qais_al_khazali", "leads", "asaib_ahl_al_haq")),
    ("Iran backs several groups: Kata'ib Hezbollah (KH), Asa'ib Ahl al-Haq (AAH) and Harakat al-Nujaba.",
     ("iran", "backs", "harakat_hezbollah_al_nujaba")),
    ("The airstrikes, the U.S. response to the drone attack, killed Abu Baqir al-Saadi.",
     ("united_states", "killed", "abu_baqir_al_saadi")),
    ("Kata'ib Imam Ali, formed as a brigade of the Popular Mobilization Forces in 2014, fought in Tikrit.",
     ("kataib_al_imam_ali", "part_of", "popular_mobilization_forces")),
    ("Abu Mahdi al-Muhandis commanded PMF forces in Iraq until his death in 2020.",
     ("abu_mahdi_al_muhandis", "leads", "popular_mobilization_forces")),
])
def test_what_review_found_this_sessions_rules_lost(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("Kata'ib Jund al-Imam has never been designated by the United States, and there is no evidence that "
     "it coordinated with Kata'ib Hezbollah.", ("kataib_jund_al_imam", "allied_with", "kataib_hezbollah")),
    ("Neither the Badr Organization nor Saraya al-Salam has claimed any attack on U.S. forces since 2011.",
     ("badr_organization", "hostile_to", "united_states")),
    ("The Kurdistan Workers' Party, which Turkey, the United States and the European Union list as a "
     "terrorist organization, controls much of the Qandil mountains.",
     ("european_union", "controls", "qandil_mountains")),
    ("Asa'ib Ahl al-Haq emerged in 2006 as a breakaway from the Mahdi Army of Muqtada al-Sadr, and its "
     "fighters serve in the Popular Mobilization Forces as Brigades 41, 42 and 43.",
     ("mahdi_army", "part_of", "popular_mobilization_forces")),
])
def test_denials_broken_parses_and_a_distant_its(analyse, text, wrong):
    """Wrong claims found on sentences a helper wrote in encyclopedia and news style."""
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("After its founders were detained in Basra in March 2007, Asa'ib Ahl al-Haq was run by Akram "
     "al-Kaabi.",
     ("akram_al_kaabi", "leads", "asaib_ahl_al_haq")),
    ("Kata'ib Hezbollah is an Iraqi Shia armed group. The group receives funding from the Quds Force of "
     "Iran's Islamic Revolutionary Guard Corps (IRGC), and the United States designated it a Foreign "
     "Terrorist Organization in July 2009.", ("united_states", "sanctioned", "kataib_hezbollah")),
    ("Qaani focused on supporting Afghanistan's Northern Alliance in its battles against the Taliban.",
     ("Northern Alliance", "hostile_to", "Taliban")),
    ("The Kurdistan Workers' Party, which Turkey, the United States and the European Union list as a "
     "terrorist organization, controls much of the Qandil mountains.",
     ("pkk", "controls", "qandil_mountains")),
])
def test_a_group_run_by_a_man_and_its_and_it_read_as_the_text_means(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Kata'ib Hezbollah, an Iran-backed militia that Washington designated a foreign terrorist organization "
     "in 2009, said on Tuesday it would suspend its attacks.",
     ("united_states", "sanctioned", "kataib_hezbollah")),
    ("Washington sanctioned Rayan al-Kildani, leader of the Christian-branded Babylon Brigades, in 2019.",
     ("rayan_al_kildani", "leads", "kataib_babiliyoun")),
])
def test_a_militia_that_washington_designated_and_a_branded_brigades_leader(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


def test_a_fronted_description_beside_the_name_leaves_the_name_the_subject(analyse):
    """Two subjects of one verb are a broken parse; the name, not the fronted description, acts."""
    _, _, claims = analyse("A veteran (born 1954) of the Badr Corps and of exile in Tehran (1980–2003), Hadi "
                           "al-Amiri served two years as a member of the Fatah Alliance.")
    assert stated(claims, ("hadi_al_amiri", "member_of", "fatah_alliance")), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Kata'ib Hezbollah, Asa'ib Ahl al-Haq and Harakat al-Nujaba attacked US bases.",
     ("harakat_hezbollah_al_nujaba", "hostile_to", "united_states")),
    ("Kata'ib Hezbollah, which Iran funds, and Asa'ib Ahl al-Haq attacked US bases in 2019.",
     ("asaib_ahl_al_haq", "hostile_to", "united_states")),
    ("There is no doubt that Iran funds Kata'ib Hezbollah.", ("iran", "backs", "kataib_hezbollah")),
    ("The IRGC founded Kata'ib Hezbollah in 2007, and its fighters have attacked US forces ever since.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Residents feared the clashes between Kata'ib Hezbollah and US forces, which killed dozens in 2019.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Abu Mahdi al-Muhandis was killed by a US drone at Baghdad airport alongside Qasem Soleimani.",
     ("united_states", "killed", "qasem_soleimani")),
])
def test_what_a_second_review_found_lost(analyse, text, expected):
    """Right claims a second independent review found lost to this session's later rules."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("Iraq paid Iran for gas and electricity imports in 2022.", ("iraq", "backs", "iran")),
    ("The US sanctioned Falih al-Fayyadh, chairman of the PMF, the umbrella Iran backs.",
     ("iran", "backs", "falih_al_fayyadh")),
    ("The Islamic State bombed Baghdad's hospitals in 2015.", ("islamic_state", "hostile_to", "iraq")),
    ("Abu Zainab al-Lami was the security chief of the state-sanctioned Popular Mobilization Forces.",
     ("abu_zainab_al_lami", "leads", "popular_mobilization_forces")),
])
def test_what_a_second_review_found_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


def test_bare_plural_militias_are_the_armed_group_the_text_is_about(analyse):
    """'the militias' with nothing to make it a kind reads as the group the text is about (a
    never-read set lost seven right claims when plurals were left unread)."""
    _, _, claims = analyse("Kata'ib Hezbollah fought in Tikrit. The militias are part of the Popular "
                           "Mobilization Forces.")
    assert stated(claims, ("kataib_hezbollah", "part_of", "popular_mobilization_forces")), claims


def test_a_clause_after_a_comma_is_no_apposition(analyse):
    _, _, claims = analyse("Days later Iraq's Counter-Terrorism Service killed Abu Yasser al-Issawi, whom "
                           "Iraqi military officials described as the Islamic State's deputy caliph.")
    assert not any(relation == "member_of" and obj != "islamic_state" for _, relation, obj in claims), claims


@pytest.mark.parametrize(("text", "expected"), [
    # a possessed noun given its name right after it is that name, not its owner
    ("AAH is one of three prominent Iraqi Shiite militias funded and trained by Iran's external military "
     "wing, the Quds Force.", ("quds_force", "backs", "asaib_ahl_al_haq")),
    ("The Naqshbandi Army is led by Saddam Hussein's former deputy, Izzat Ibrahim al-Duri.",
     ("izzat_ibrahim_al_douri", "leads", "naqshbandi_army")),
    # "al-Quds force" is the Quds Force, not Jerusalem
    ("Kata'ib Hezbollah is backed by the Iranian Revolutionary Guard's elite al-Quds force.",
     ("quds_force", "backs", "kataib_hezbollah")),
    ("Some of the most important militias under the Hashd al-Sha'abi include the Badr Organization, "
     "Saraya al-Salam and Kata'ib Imam Ali.", ("saraya_al_salam", "part_of", "popular_mobilization_forces")),
    ("Kataeb Hezbollah, an Iran-backed faction operating under the umbrella of the state-sanctioned Popular "
     "Mobilization Forces, denied it.", ("kataib_hezbollah", "part_of", "popular_mobilization_forces")),
    ("Kata'ib Hezbollah operates under the PMF banner.",
     ("kataib_hezbollah", "part_of", "popular_mobilization_forces")),
    ("The YPG, a PKK affiliated militia, trained the fighters.",
     ("peoples_protection_units", "allied_with", "pkk")),
    ("Kataib Hezbollah, an Iran backed militia, fired rockets.", ("iran", "backs", "kataib_hezbollah")),
    ("A senior Kata'ib Hezbollah commander, Abu Baqir al-Saadi, was killed in a U.S. drone strike.",
     ("united_states", "killed", "abu_baqir_al_saadi")),
    ("In 2013 Akram al-Kaabi founded Harakat Hezbollah al-Nujaba and became its secretary-general.",
     ("akram_al_kaabi", "leads", "harakat_hezbollah_al_nujaba")),
    ("A native of Amarah, Abu Fadak al-Mohammedawi fought in the marshes.",
     ("abu_fadak_al_mohammadawi", "born_in", "amarah")),
    ("Abu Musab al-Zarqawi, a Jordanian born in Zarqa in 1966, founded the group.",
     ("abu_musab_al_zarqawi", "born_in", "Zarqa")),
    ("Ammar al-Hakim left the Islamic Supreme Council of Iraq in 2017 to found the Hikma movement.",
     ("ammar_al_hakim", "member_of", "islamic_supreme_council_of_iraq")),
    ("Mohammed Baqir al-Hakim founded the Supreme Council for the Islamic Revolution in Iraq in Tehran in "
     "1982 with Iranian backing.", ("iran", "backs", "islamic_supreme_council_of_iraq")),
    ("Bayan Jabr, a SCIRI official, ran the Interior Ministry in 2005 and 2006.",
     ("bayan_jabr", "leads", "iraqi_ministry_of_interior")),
    ("Mohammed Shia al-Sudani won a seat in the Council of Representatives in 2014.",
     ("mohammed_shia_al_sudani", "member_of", "council_of_representatives_of_iraq")),
    ("Qais al-Khazali is a key figure in the Popular Mobilization Forces.",
     ("qais_al_khazali", "member_of", "popular_mobilization_forces")),
    # a designation's label is no actor: the designated is what the label describes
    ("Kata'ib Hezbollah is a U.S.-designated Foreign Terrorist Organization and Specially Designated Global "
     "Terrorist.", ("united_states", "sanctioned", "kataib_hezbollah")),
    ("The United States has provided more than $1 billion in equipment and training to the Counter-Terrorism "
     "Service since 2014.", ("united_states", "backs", "counter_terrorism_service")),
    ("Kata'ib Sayyid al-Shuhada receives weapons from the IRGC-QF and has claimed responsibility for attacks "
     "on U.S. personnel in Iraq.", ("kataib_sayyid_al_shuhada", "hostile_to", "united_states")),
    ("Ankara accuses the PUK of sheltering PKK militants in Sulaymaniyah province.",
     ("patriotic_union_of_kurdistan", "backs", "pkk")),
    ("Abu Bakr al-Baghdadi was killed during a U.S. special operations raid.",
     ("united_states", "killed", "abu_bakr_al_baghdadi")),
    ("Muqtada al-Sadr founded Saraya al-Salam in June 2014 to defend Shiite shrines in Samarra from Islamic "
     "State.", ("saraya_al_salam", "hostile_to", "islamic_state")),
    ("BAGHDAD (Reuters) - The Fatah Alliance, which includes Badr and Sadiqoun, said on Monday its leader "
     "Hadi al-Amiri would head its team.", ("hadi_al_amiri", "leads", "fatah_alliance")),
    ("The US State Department designated Harakat Hezbollah al-Nujaba and its leader Akram al-Kaabi as "
     "terrorists in 2019.", ("akram_al_kaabi", "leads", "harakat_hezbollah_al_nujaba")),
    ("A drone was launched by the pro-Iranian militia Kataib Hezbollah.",
     ("kataib_hezbollah", "allied_with", "iran")),
    ("A leading member of the pro-Iran Coordination Framework Qais al-Khazali said the vote was rigged.",
     ("qais_al_khazali", "member_of", "coordination_framework")),
    ("Akram al-Kaabi, co-founder of the IRGC- backed Asaib Ahl al-Haq (AAH), spoke.",
     ("irgc", "backs", "asaib_ahl_al_haq")),
    ("The Islamic Revolutionary Guard Corps – Quds Force (IRGC-QF) backs Kata'ib Hezbollah.",
     ("quds_force", "backs", "kataib_hezbollah")),
    ("Soleimani was the commander of Iran's Islamic Revolutionary Guard Corps – Quds Force (IRGC-QF).",
     ("quds_force", "part_of", "irgc")),
    ("Vice President Nouri al-Maliki criticized the decision. Iraq is in crisis.",
     ("nouri_al_maliki", "member_of", "iraq")),
    ("Under the leadership of Hadi al-Amiri, the Badr Organization joined the PMF.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    ("Kata'ib Sayyid al-Shuhada forms the PMF's 14th Brigade.",
     ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces")),
    ("Kata'ib Hezbollah, which constitutes the 45th brigade of the PMF, denied it.",
     ("kataib_hezbollah", "part_of", "popular_mobilization_forces")),
    ("A US drone strike on Jan. 3, 2020 killed Quds Force commander Qasem Soleimani and Abu Mahdi "
     "al-Muhandis, deputy head of the PMF.", ("united_states", "killed", "abu_mahdi_al_muhandis")),
    ("A US drone strike killed Abu Mahdi al-Muhandis along with Qassem Soleimani.",
     ("united_states", "killed", "qasem_soleimani")),
    ("Turkey said it had neutralised 12 PKK militants in northern Iraq.", ("turkey", "hostile_to", "pkk")),
    ("Hisham al-Hashemi's death has been widely blamed on Kata'ib Hezbollah.",
     ("kataib_hezbollah", "killed", "hisham_al_hashemi")),
    ("AAH broke away from the Mahdi Army (JAM), the militia run by influential Shiite cleric "
     "Muqtada al-Sadr.",
     ("muqtada_al_sadr", "leads", "mahdi_army")),
    ("Nouri al-Maliki ordered the establishment of the Popular Mobilization Forces.",
     ("nouri_al_maliki", "founded", "popular_mobilization_forces")),
    ("Masoud Barzani, the KDP's long-time president, rejected the plan.",
     ("masoud_barzani", "leads", "kurdistan_democratic_party")),
    # a nisba spelled otherwise than the pack's stays in the name and the man stays the pack's
    ("Abu Fadak al-Mohammedawi, a veteran Kata'ib Hezbollah commander, spoke.",
     ("abu_fadak_al_mohammadawi", "member_of", "kataib_hezbollah")),
    ("Mohammed Shia al-Sudani was sworn in as Prime Minister of Iraq.",
     ("mohammed_shia_al_sudani", "leads", "iraq")),
    ("The Quds Force funneled money and weapons to the Badr Organization.",
     ("quds_force", "backs", "badr_organization")),
    ("Israeli officials have accused Iran of smuggling missiles to the Houthis.",
     ("iran", "backs", "houthis")),
    ("Iraqi officials say Kata'ib Hezbollah receives a monthly stipend from the IRGC.",
     ("irgc", "backs", "kataib_hezbollah")),
    ("Muqtada al-Sadr formed a coalition with the KDP.",
     ("muqtada_al_sadr", "allied_with", "kurdistan_democratic_party")),
    ("The Islamic Resistance in Iraq is an umbrella for Kata'ib Hezbollah, Nujaba and Kata'ib Sayyid "
     "al-Shuhada.", ("kataib_sayyid_al_shuhada", "part_of", "islamic_resistance_in_iraq")),
    ("The Islamic Resistance in Iraq is an umbrella whose members include Kata'ib Hezbollah and Nujaba.",
     ("kataib_hezbollah", "part_of", "islamic_resistance_in_iraq")),
    ("Kata'ib Hezbollah was one of the founding members of the Islamic Resistance in Iraq.",
     ("kataib_hezbollah", "founded", "islamic_resistance_in_iraq")),
    ("Kata'ib Hezbollah is one of the members of the Islamic Resistance in Iraq.",
     ("kataib_hezbollah", "part_of", "islamic_resistance_in_iraq")),
    ("A Turkish drone strike killed three members of the Sinjar Resistance Units, a Yazidi militia backed by "
     "the PKK, officials said.", ("pkk", "backs", "sinjar_resistance_units")),
    ("The Islamic Resistance in Iraq said it launched a drone at a US base in Syria on Tuesday.",
     ("islamic_resistance_in_iraq", "hostile_to", "united_states")),
    ("The PKK has waged an insurgency against the Turkish state since 1984.",
     ("pkk", "hostile_to", "turkey")),
    ("Badr also holds sway in Diyala province.", ("badr_organization", "controls", "diyala_governorate")),
    ("The Iraqi army seized Kirkuk in October 2017 after brief clashes with the Peshmerga.",
     ("iraqi_army", "hostile_to", "peshmerga")),
    ("Hamas thanked the Islamic Resistance in Iraq for its attacks on Israel.",
     ("islamic_resistance_in_iraq", "hostile_to", "israel")),
    ("Iraq has repatriated its citizens from al-Hol camp in northeast Syria, which is run by the Syrian "
     "Democratic Forces.", ("syrian_democratic_forces", "controls", "al_hol_camp")),
    ("Iraqi army units fought alongside the Popular Mobilization Forces against Islamic State in Tikrit.",
     ("popular_mobilization_forces", "hostile_to", "islamic_state")),
    ("In January 2020 the United States designated Asa'ib Ahl al-Haq as a terrorist organization, along with "
     "its leader Qais al-Khazali.", ("united_states", "sanctioned", "qais_al_khazali")),
    ("Saraya al-Salam was established in June 2014, days after the fall of Mosul to Islamic State.",
     ("islamic_state", "controls", "mosul")),
    ("Mohammad Kawtharani, Lebanese Hezbollah's point man for Iraq, has mediated among the factions.",
     ("mohammed_kawtharani", "member_of", "lebanese_hezbollah")),
    ("The Iraqi government announced that Tikrit has been taken from the Islamic State.",
     ("islamic_state", "controls", "tikrit")),
    ("Ismail Qaani took over the Quds Force in 2020.", ("ismail_qaani", "leads", "quds_force")),
    ("Iraqi forces started an offensive to capture Mosul, Islamic State's last major city stronghold in "
     "Iraq.",
     ("islamic_state", "controls", "mosul")),
])
def test_what_profiles_and_war_reports_state(analyse, text, expected):
    """Constructions of organisation profiles and war reports (sets H2 and H3, read this session, and
    the helpers' sentences), in sentences written here."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("The Naqshbandi Army is led by Saddam Hussein's former deputy, Izzat Ibrahim al-Duri.",
     ("saddam_hussein", "leads", "naqshbandi_army")),
    ("The US State Department designated Harakat Hezbollah al-Nujaba as a terrorist group.",
     ("us_department_of_state", "backs", "harakat_hezbollah_al_nujaba")),
    ("The 1920s Revolution Brigades fought alongside the American supported Sons of Iraq.",
     ("Revolution Brigades", "backs", "sons_of_iraq")),
    ("Under pressure from Muqtada al-Sadr, the Iraqi government dissolved the unit.",
     ("muqtada_al_sadr", "leads", "iraq")),
    # "Under X," says when, not who leads what follows
    ("Under Nouri al-Maliki, the United States withdrew its last troops from Iraq.",
     ("nouri_al_maliki", "leads", "united_states")),
    ("Under Prime Minister Mustafa al-Kadhimi, the Counter-Terrorism Service raided a Kata'ib Hezbollah "
     "base.",
     ("mustafa_al_kadhimi", "leads", "counter_terrorism_service")),
    ("Under Abu Musab al-Zarqawi, al-Qaeda in Iraq operated as al-Qaeda's official branch.",
     ("abu_musab_al_zarqawi", "member_of", "al_qaeda")),
    ("Despite the similar name, Harakat Hezbollah al-Nujaba has no organisational link to Lebanese "
     "Hezbollah.", ("harakat_hezbollah_al_nujaba", "allied_with", "lebanese_hezbollah")),
    ("Washington has weighed designating the Badr Organization but has so far held back.",
     ("united_states", "sanctioned", "badr_organization")),
    ("Kata'ib Hezbollah threatened to target American troops if they had not left Iraq by the end of "
     "the year.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Kata'ib Hezbollah denied responsibility for the attack on US forces.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Kata'ib Hezbollah denied responsibility for the death of Hisham al-Hashemi.",
     ("kataib_hezbollah", "killed", "hisham_al_hashemi")),
    ("Hisham al-Hashemi's death was blamed on Kataeb Hezbollah, a faction of the Popular Mobilization "
     "Forces, or Hashed al-Shaabi.", ("popular_mobilization_forces", "killed", "hisham_al_hashemi")),
    ("Soleimani had orchestrated attacks on U.S. forces for years. The United States killed Qasem Soleimani "
     "in January 2020.", ("qasem_soleimani", "hostile_to", "united_states")),
    ("Hamas thanked the Islamic Resistance in Iraq for its attacks on Israel.",
     ("hamas", "hostile_to", "israel")),
    ("Iraq has repatriated its citizens from al-Hol camp in northeast Syria, which is run by the Syrian "
     "Democratic Forces.", ("syrian_democratic_forces", "controls", "syria")),
    ("Abu Ali al-Basri, a Kata'ib Hezbollah commander, spoke.",
     ("abu_ali_al_askari", "member_of", "kataib_hezbollah")),
    ("Kata'ib Sayyid al-Shuhada was set up in 2013. The group first sent fighters to Syria, where they "
     "fought alongside Lebanese Hezbollah around Damascus.",
     ("kataib_sayyid_al_shuhada", "hostile_to", "syria")),
    ("Ismail Qaani took over the Quds Force in 2020.", ("ismail_qaani", "hostile_to", "quds_force")),
    ("Under Ghabban, the Badr Organization was widely seen to dominate the Interior Ministry.",
     ("Ghabban", "leads", "badr_organization")),
    ("Mohammed Baqir al-Hakim founded the Supreme Council for the Islamic Revolution in Iraq in Tehran in "
     "1982 with Iranian backing.", ("iran", "backs", "mohammad_baqir_al_hakim")),
    ("Abu Mahdi al-Muhandis left Iraq in 1979.", ("abu_mahdi_al_muhandis", "member_of", "iraq")),
    ("Qais al-Khazali is one of the most powerful men in Iraq.", ("qais_al_khazali", "member_of", "iraq")),
    ("Akram al-Kaabi, co-founder of the IRGC- backed Asaib Ahl al-Haq (AAH), spoke.",
     ("akram_al_kaabi", "backs", "asaib_ahl_al_haq")),
    ("Vice President Nouri al-Maliki criticized the decision. Iraq is in crisis.",
     ("nouri_al_maliki", "leads", "iraq")),
    ("Qasem Soleimani was a hated figure for the Islamic State.",
     ("qasem_soleimani", "member_of", "islamic_state")),
    ("Kata'ib Hezbollah denied responsibility for the drone strike on Tower 22 in Jordan, which killed three "
     "U.S. service members.", ("jordan", "hostile_to", "united_states")),
    ("Muqtada al-Sadr founded Saraya al-Salam in June 2014 to defend Shiite shrines in Samarra from Islamic "
     "State.", ("muqtada_al_sadr", "hostile_to", "islamic_state")),
    ("Sadr took votes from Maliki's State of Law.",
     ("muqtada_al_sadr", "hostile_to", "state_of_law_coalition")),
    ("Hezbollah commander Mohammed Kawtharani has served as the Lebanese group's point man for Iraqi "
     "factions.",
     ("mohammed_kawtharani", "member_of", "iraq")),
])
def test_what_profiles_and_war_reports_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "wrong"), [
    # a source's name after a possessed noun is no apposition
    ("Kata'ib Hezbollah attacked America's embassy, Iraqi officials said.",
     ("kataib_hezbollah", "hostile_to", "iraq")),
    ("US aircraft struck Kata'ib Hezbollah's headquarters, the Pentagon said.",
     ("united_states", "hostile_to", "us_department_of_defense")),
    ("Badr is not a U.S.-designated Foreign Terrorist Organization.",
     ("united_states", "sanctioned", "badr_organization")),
    ("Harakat al-Nujaba remains a U.S.-designated Foreign Terrorist Organization, the State Department said.",
     ("united_states", "sanctioned", "us_department_of_state")),
    ("Sadr's withdrawal left the Coordination Framework in control of parliament.",
     ("muqtada_al_sadr", "member_of", "coordination_framework")),
    ("Prime Minister Mustafa al-Kadhimi left the Popular Mobilization Forces largely untouched.",
     ("mustafa_al_kadhimi", "member_of", "popular_mobilization_forces")),
    ("Hadi al-Amiri left the Badr Organization's headquarters after the meeting.",
     ("hadi_al_amiri", "member_of", "badr_organization")),
    ("Iran denied arming Kata'ib Hezbollah, but the United States said it had supplied the group with "
     "drones.",
     ("united_states", "backs", "kataib_hezbollah")),
    ("Prime Minister Mustafa al-Kadhimi called for restraint after clashes with Kata'ib Hezbollah in the "
     "Green Zone.", ("mustafa_al_kadhimi", "hostile_to", "kataib_hezbollah")),
    ("Abdul Majid al-Khoei was killed during the US invasion of Iraq in 2003.",
     ("united_states", "killed", "abdul_majid_al_khoei")),
    ("Russia has used Iranian drones against Ukraine.", ("iran", "hostile_to", "ukraine")),
    ("Kata'ib Hezbollah smuggled rockets to Syria through the al-Qaim crossing.",
     ("kataib_hezbollah", "backs", "syria")),
    ("The Iraqi government transferred salaries to the Kurdistan Regional Government in March.",
     ("iraq", "backs", "kurdistan_regional_government")),
    ("The Popular Mobilization Forces comprise the 45th, 46th and 47th brigades of Kata'ib Hezbollah.",
     ("popular_mobilization_forces", "part_of", "kataib_hezbollah")),
    ("Iraqi troops took Kirkuk's oil revenues from the Kurdistan Regional Government.",
     ("kurdistan_regional_government", "controls", "kirkuk")),
    ("The United States has no alliance with the Popular Mobilization Forces.",
     ("united_states", "allied_with", "popular_mobilization_forces")),
    # found on Re-DocRED's introductions: a role's "its" is named in its own sentence; a demonym before
    # "national team" is no employer
    ("Rage Against the Machine named the song Bombtrack. The video depicted support for the Shining Path and "
     "its leader Abimael Guzman.", ("Abimael Guzman", "leads", "Machine")),
    ("Juan Carlos Munoz was also a member of the Argentine national team that won three South American "
     "Championships.", ("Juan Carlos Munoz", "member_of", "argentina")),
    # found on the helpers' regional, Kurdish and insurgency sentences
    ("Reports that Ismail Qaani had been killed in an Israeli strike on Beirut proved false.",
     ("israel", "killed", "ismail_qaani")),
    ("In January 2020 the United States designated Asa'ib Ahl al-Haq as a terrorist organization, along with "
     "its leader Qais al-Khazali.", ("qais_al_khazali", "leads", "united_states")),
])
def test_what_the_review_of_this_session_found_misread(analyse, text, wrong):
    """Wrong claims an independent review found the session's new rules made, in sentences it wrote."""
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran armed Kata'ib Hezbollah, Asa'ib Ahl al-Haq, or Badr, according to the report.",
     ("iran", "backs", "badr_organization")),
    ("The Islamic State killed a senior PMF commander, Abu Muntadher al-Muhammadawi, in Diyala.",
     ("islamic_state", "killed", "Abu Muntadher al-Muhammadawi")),
    ("US forces struck targets in Syria, which Israel has bombed hundreds of times.",
     ("israel", "hostile_to", "syria")),
    ("The Peshmerga hold positions in Sinjar, which the Islamic State captured in August 2014.",
     ("islamic_state", "controls", "sinjar")),
    ("Israel escalated its campaign against Hezbollah in September 2024.",
     ("israel", "hostile_to", "lebanese_hezbollah")),
    ("Bese Hozat, co-chair of the KCK, read out the statement.", ("Bese Hozat", "leads", "KCK")),
])
def test_what_the_review_of_this_session_found_lost(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("Turkey has criticised Washington for its backing of the YPG.",
     ("turkey", "backs", "peoples_protection_units")),
    ("Washington blacklisted Kataib Hezbollah in 2009 because of its attacks on Iraqi forces.",
     ("united_states", "hostile_to", "iraqi_security_forces")),
    ("Hamas attacked southern Israel in October 2023, and Iran praised its attack on Israel.",
     ("iran", "hostile_to", "israel")),
    ("Asa'ib Ahl al-Haq was sanctioned in 2020. Washington says its leader Qais al-Khazali ordered the "
     "killing of protesters.", ("qais_al_khazali", "leads", "united_states")),
    ("The US Treasury sanctioned Muhandis General Company, saying it had funded Kataib Hezbollah.",
     ("us_department_of_the_treasury", "backs", "kataib_hezbollah")),
])
def test_what_the_second_review_of_this_session_found_misread(analyse, text, wrong):
    """Wrong claims a second independent review found, in sentences it wrote."""
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Kataib Sayyid al-Shuhada joined the Popular Mobilization Forces in the fight against the Islamic "
     "State.",
     ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces")),
    ("The Peshmerga and the Iraqi army fought battles for the liberation of Mosul in 2017.",
     ("peshmerga", "allied_with", "iraqi_army")),
    ("Hakim al-Zamili, the first deputy speaker of the Council of Representatives, is a Sadrist.",
     ("Hakim al-Zamili", "member_of", "council_of_representatives_of_iraq")),
    ("Ayad Allawi was prime minister of the Iraqi interim government from 2004 to 2005.",
     ("ayad_allawi", "leads", "iraq")),
    ("Falih al-Fayyadh is chairman of the Iraqi national security council.",
     ("falih_al_fayyadh", "member_of", "iraq")),
    ("Ali Khamenei, Khomeini's eventual successor, was elected supreme leader in 1989.",
     ("ali_khamenei", "succeeded", "Khomeini")),
    ("Turkey rejected US support for the YPG.", ("united_states", "backs", "peoples_protection_units")),
    ("The allegation that Iran armed the Houthis is not baseless, the UN panel concluded.",
     ("iran", "backs", "houthis")),
    ("The PKK has bases in Qandil, and Turkey has attacked its forces there for decades.",
     ("pkk", "hostile_to", "turkey")),
])
def test_what_the_second_review_of_this_session_found_lost(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims



@pytest.mark.parametrize(("text", "expected"), [
    # a share of a country's land held is the country held
    ("ISIS seized control of swaths of land in Iraq in 2014.", ("islamic_state", "controls", "iraq")),
    ("Islamic State controlled a large swath of Iraqi territory.", ("islamic_state", "controls", "iraq")),
    ("Islamic State held territory in Syria and Iraq.", ("islamic_state", "controls", "syria")),
    ("The attack shook Iraq. Islamic State, which once held large swathes of the country, was defeated "
     "in 2017.",
     ("islamic_state", "controls", "iraq")),
    # the kind a state lists a group as
    ("Turkey considers the PKK a terrorist organization.", ("turkey", "sanctioned", "pkk")),
    ("Ankara, which considers the PKK a terrorist group, struck its bases.", ("turkey", "sanctioned", "pkk")),
    # a provincial governor rules the province; an outgoing premier still leads
    ("Nineveh provincial governor Najm al-Jubouri said the attack failed.",
     ("Najm al-Jubouri", "controls", "nineveh_governorate")),
    ("Haval Abu Bakr, Sulaymaniyah provincial governor, said the strike hit a car.",
     ("Haval Abu Bakr", "controls", "sulaymaniyah")),
    ("Iraq's outgoing prime minister, Mustafa al-Kadhimi, said the attack was cowardly.",
     ("mustafa_al_kadhimi", "leads", "iraq")),
    # a state of war, a partnership, a lost relative clause, a numbered unit
    ("Hezbollah, at war with Israel since October 2023, urged restraint.",
     ("lebanese_hezbollah", "hostile_to", "israel")),
    ("The PKK, which has been at war with Turkey since 1984, announced a ceasefire.",
     ("pkk", "hostile_to", "turkey")),
    ("Kata'ib Hezbollah joined forces with Harakat Hezbollah al-Nujaba in 2020.",
     ("kataib_hezbollah", "allied_with", "harakat_hezbollah_al_nujaba")),
    ("Islamic State grew out of al-Qaeda in Iraq, which Zarqawi led until 2006.",
     ("Zarqawi", "leads", "al_qaeda_in_iraq")),
    ("Kata'ib Sayyid al-Shuhada operates as Brigade 14 of the Popular Mobilization Forces.",
     ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces")),
    ("Kata'ib al-Imam Ali, listed in the Popular Mobilization Forces as Brigade 40, runs scrap yards.",
     ("kataib_al_imam_ali", "part_of", "popular_mobilization_forces")),
    ("Ismail Qaani, who succeeded Qasem Soleimani at the head of the Quds Force, visited Baghdad.",
     ("ismail_qaani", "leads", "quds_force")),
    ("The PKK continued its attacks in Turkey. Iraq continued its cooperation with the United States.",
     ("iraq", "allied_with", "united_states")),
    ("The US strike killed two commanders of Kata'ib Hezbollah.",
     ("united_states", "hostile_to", "kataib_hezbollah")),
    # an office title past an honorific or a comma, a post "in his role as"
    ("Iran sent drones. Supreme Leader Ayatollah Ali Khamenei praised the fighters.",
     ("ali_khamenei", "leads", "iran")),
    ("Iraq burned. Protesters were killed under the government of then-prime minister, Adel Abdul Mahdi.",
     ("adel_abdul_mahdi", "leads", "iraq")),
    ("Adel Abdul Mahdi, in his role as head of the Iraqi armed forces, ordered the raid.",
     ("adel_abdul_mahdi", "leads", "iraqi_armed_forces")),
    ("ISIS captured wide swaths of territory in the north, including Mosul.",
     ("islamic_state", "controls", "mosul")),
    # coordinated verbs share the object; a relative clause of two named sides; firing on; sent to crush
    ("Tehran has armed and advised the Popular Mobilization Forces since 2014.",
     ("iran", "backs", "popular_mobilization_forces")),
    ("Turkey considers the PKK a terrorist organization and has bombed their positions.",
     ("turkey", "sanctioned", "pkk")),
    ("The KDP and the PUK, which fought a bitter civil war in the 1990s, agreed to back a candidate.",
     ("kurdistan_democratic_party", "hostile_to", "patriotic_union_of_kurdistan")),
    ("The Houthis, who have repeatedly fired on US warships, opened an office in Baghdad.",
     ("houthis", "hostile_to", "united_states")),
    ("In 2008 Nouri al-Maliki sent the Iraqi army into Basra to crush the Mahdi Army.",
     ("nouri_al_maliki", "hostile_to", "mahdi_army")),
    # a minister serves his state too; a plural title apposed to two names; a title before a name
    ("Iraqi Foreign Minister Ibrahim al-Jaafari said the city would be liberated.",
     ("ibrahim_al_jaafari", "member_of", "iraq")),
    ("Hamid Taghavi and Shaban Nasiri, senior Qods Force commanders, were killed in Iraq.",
     ("Hamid Taghavi", "member_of", "quds_force")),
    ("The ceremony honoured senior Revolutionary Guard operative Shaban Nasiri.",
     ("Shaban Nasiri", "member_of", "irgc")),
    ("The meeting was attended by Prime Minister Mohammed Shia al-Sudani, the head of the PMF, Falih "
     "al-Fayyadh, and the Badr leader, Hadi al-Amiri.",
     ("falih_al_fayyadh", "leads", "popular_mobilization_forces")),
    ("A US drone strike kills senior Kata'ib Hezbollah commander Abu Baqir al-Saadi.",
     ("abu_baqir_al_saadi", "member_of", "kataib_hezbollah")),
    ("Kata'ib al-Imam Ali, Brigade 40 of the Popular Mobilization Forces, is commanded by Shibl al-Zaydi.",
     ("kataib_al_imam_ali", "part_of", "popular_mobilization_forces")),
    ("Islamic State militants shot dead Khalaf al-Jubouri, the mukhtar of a village near Hawija.",
     ("islamic_state", "killed", "Khalaf al-Jubouri")),
    ("Haider al-Abadi is sworn in as Iraq's prime minister, succeeding Nouri al-Maliki.",
     ("haider_al_abadi", "succeeded", "nouri_al_maliki")),
    ("Iran on Friday named Ismail Qaani to lead the Quds Force, replacing the slain Qasem Soleimani.",
     ("ismail_qaani", "succeeded", "qasem_soleimani")),
    # a comma list the parse hung on its first name, a spelling of the Mahdi Army, a man past his demonym,
    # the force trained to fight
    ("The Sayyid al Shuhada Brigades, the Imam Ali Brigades, and Hezbollah Brigades all belong to Iraq's "
     "Popular Mobilization Force.", ("kataib_hezbollah", "part_of", "popular_mobilization_forces")),
    ("Former fighters from Moqtada al-Sadr's Mehdi Army have joined.",
     ("muqtada_al_sadr", "leads", "mahdi_army")),
    ("In 2008 Nouri al-Maliki sent the Iraqi army into Basra to crush the Mahdi Army.",
     ("iraqi_army", "hostile_to", "mahdi_army")),
    ("The US armed the Peshmerga to fight the Islamic State.", ("peshmerga", "hostile_to", "islamic_state")),
    ("Iran deployed advisers to train the PMF.", ("iran", "backs", "popular_mobilization_forces")),
    ("Kata'ib Hezbollah and Asa'ib Ahl al-Haq fought in Syria. Both groups are backed by Iran.",
     ("iran", "backs", "asaib_ahl_al_haq")),
    # the third review's findings: a group that speaks is still what "the group" stands for after it
    ("Kata'ib Hezbollah said it would retaliate. The militia is backed by Iran.",
     ("iran", "backs", "kataib_hezbollah")),
    ("Christopher Franke is a German musician. After his departure from the group, he founded the Sonic "
     "Images record label.", ("Christopher Franke", "founded", "Sonic Images")),
    ("The Treaty of Ghent ended the War of 1812 between the United States and the United Kingdom.",
     ("united_states", "hostile_to", "united_kingdom")),
    ("Islamic State said it was behind the attack. The group once controlled a third of Iraq.",
     ("islamic_state", "controls", "iraq")),
    ("Kata'ib Hezbollah rejected the plan. Abu Ali al-Askari, the group's security official, condemned it.",
     ("abu_ali_al_askari", "member_of", "kataib_hezbollah")),
    ("The clashes involved the Kata'ib Hezbollah faction of the Popular Mobilization Forces.",
     ("kataib_hezbollah", "part_of", "popular_mobilization_forces")),
    # where a group is listed, and a ban on a group
    ("The PKK is listed as a terror group in Turkiye, the US and the EU.",
     ("european_union", "sanctioned", "pkk")),
    ("The Iraqi National Security Council banned the PKK from operating in the country.",
     ("Iraqi National Security Council", "sanctioned", "pkk")),
    ("Germany banned Hezbollah in 2020.", ("germany", "sanctioned", "lebanese_hezbollah")),
    # war reports: retaken towns the parse misreads, listed villages, control established over them,
    # and the offensive against a group's town
    ("The Iraqi army recaptured Tal Afar from Islamic State.", ("iraqi_army", "controls", "tal_afar")),
    ("The Iraqi army recaptured Mosul from Islamic State.", ("iraqi_army", "hostile_to", "islamic_state")),
    ("Iraqi government forces have recaptured more than a dozen villages near Hawijah, including Tal Ghazal "
     "and Arab Lok.", ("iraqi_security_forces", "controls", "Arab Lok")),
    ("The Popular Mobilization Forces established full control over 19 villages, namely Dumat Aziz, Arab Lok "
     "and Tal Ghazal.", ("popular_mobilization_forces", "controls", "Dumat Aziz")),
    ("The Popular Mobilization Forces won back Tal Afar from Islamic State.",
     ("popular_mobilization_forces", "controls", "tal_afar")),
    ("Iraqi forces launched a vast offensive against Islamic State group-held Fallujah.",
     ("iraqi_security_forces", "hostile_to", "islamic_state")),
    # a chronology's entries, in its present tense
    ("2013: Akram al-Kaabi founds Harakat Hezbollah al-Nujaba.",
     ("akram_al_kaabi", "founded", "harakat_hezbollah_al_nujaba")),
    ("2003 - Muqtada al-Sadr founds the Mahdi Army.", ("muqtada_al_sadr", "founded", "mahdi_army")),
    ("June 10, 2014: Islamic State fighters overrun Mosul, Iraq's second-largest city.",
     ("islamic_state", "controls", "mosul")),
])
def test_what_war_reports_chronologies_and_titles_state(analyse, text, expected):
    """Constructions of war reports, chronologies, titles and units (sets I1, I4, J1, J3, J5 and J6,
    read this session, the helpers' sentences and the reviews' findings), in sentences written here."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    # disputed territories are no share of the country
    ("The Iraqi government retook disputed territories in Iraq which had been held by the Peshmerga "
     "since 2014.",
     ("peshmerga", "controls", "iraq")),
    # two countries named before: which one "the country" is, the text does not say
    ("Iran and Iraq signed a border deal. Islamic State once held large swathes of the country.",
     ("islamic_state", "controls", "iraq")),
    ("Iran is not at war with the United States, the minister said.",
     ("iran", "hostile_to", "united_states")),
    ("Kata'ib Hezbollah joined with the Popular Mobilization Forces in 2014.",
     ("kataib_hezbollah", "allied_with", "popular_mobilization_forces")),
    ("The Badr Organization runs the Mandali crossing on the border with Iran.",
     ("badr_organization", "controls", "mandali")),
    ("Taqaddum joined forces with Khamis al-Khanjar's Azm alliance in 2022.",
     ("taqaddum", "allied_with", "khamis_al_khanjar")),
    # one man killed is `killed` alone, not a fight with his force, nor the last man named before
    ("The U.S. military killed an influential commander of Harakat Hezbollah al Nujaba in an airstrike.",
     ("us_armed_forces", "hostile_to", "harakat_hezbollah_al_nujaba")),
    ("Mike Pompeo spoke on Friday. A U.S. drone strike killed the powerful commander of the elite Quds "
     "Force.",
     ("united_states", "killed", "mike_pompeo")),
    ("The photographer Ali Arkady filmed the crowd. Protesters deemed the prime minister, in his role as "
     "head of the Iraqi armed forces, responsible.", ("ali_arkady", "leads", "iraqi_armed_forces")),
    ("Prime Minister Mohammed Shia al-Sudani fired Falih al-Fayyadh as national security adviser.",
     ("mohammed_shia_al_sudani", "hostile_to", "falih_al_fayyadh")),
    ("The Quds Force praised and the United States armed the Peshmerga.",
     ("quds_force", "backs", "peshmerga")),
    # a role in a list of apposed men is the man's before it; a man from a country is no member of it
    ("The commander met Hadi al-Amiri, head of the Badr Organization, Qais al-Khazali, Secretary-General of "
     "Asa'ib Ahl al-Haq, and Hussein al-Hamidawi, commander of Kata'ib Hezbollah.",
     ("qais_al_khazali", "leads", "badr_organization")),
    ("Iraq militant killed in Syria strike blamed on Israel", ("iraq", "hostile_to", "syria")),
    # "who" after "the head of X" is the head; praise for a victory is no fight
    ("Soleimani was photographed with the head of the Popular Mobilization Committee, who is listed by the "
     "US as a terrorist.", ("united_states", "sanctioned", "popular_mobilization_forces")),
    ("Kata'ib Hezbollah's leader, who was sanctioned by the US, spoke.",
     ("united_states", "sanctioned", "kataib_hezbollah")),
    ("Qassem Soleimani hailed victory in Mosul against the Islamic State on July 10.",
     ("qasem_soleimani", "hostile_to", "islamic_state")),
    ("Hadi al-Amiri and Qais al-Khazali, leaders of Badr and Asa'ib Ahl al-Haq, met.",
     ("hadi_al_amiri", "leads", "asaib_ahl_al_haq")),
    ("The Iraqi National Security Council banned the PKK from operating in the country.",
     ("us_national_security_council", "sanctioned", "pkk")),
    ("Muqtada al-Sadr won back his seats in the 2021 election.", ("muqtada_al_sadr", "controls", "seats")),
    # the second review's findings: a dismissal is no attack, a shared object not past "for", the country
    # an army's demonym names, crossings are not the country, a suspended cooperation, a banned channel
    ("Prime Minister Haider al-Abadi fired the commander of Nineveh operations on Monday.",
     ("haider_al_abadi", "hostile_to", "Nineveh operations")),
    ("Iraqi Prime Minister Nouri al-Maliki fired the army chief of staff, Babakir Zebari, on Sunday.",
     ("nouri_al_maliki", "hostile_to", "Babakir Zebari")),
    ("Hezbollah fought for and defended the Assad government.",
     ("lebanese_hezbollah", "hostile_to", "Assad")),
    ("The Iraqi army, trained by the United States, collapsed in June 2014. Islamic State seized a third of "
     "the country within weeks.", ("islamic_state", "controls", "united_states")),
    ("In Iraq, the militias control most of the border crossings with Syria.",
     ("kataib_hezbollah", "controls", "iraq")),
    ("Turkey suspended its cooperation with Iraq on water.", ("iraq", "allied_with", "turkey")),
    ("Iraq's media regulator banned Al Jazeera and nine other channels from operating in the country.",
     ("iraq", "sanctioned", "al_jazeera")),
    # the first review's findings: trophies and seats won back, men loyal to a man, an order to keep out,
    # a dismissal "at the urging of", a war "not with", "the Arab nation", a provincial emir
    ("Iraq won back the Gulf Cup from Saudi Arabia in 2023.", ("iraq", "hostile_to", "saudi_arabia")),
    ("The KDP won back Kirkuk seats from the PUK in 2021.",
     ("kurdistan_democratic_party", "controls", "kirkuk")),
    ("Officers loyal to Saddam Hussein later joined the Islamic State.",
     ("saddam_hussein", "member_of", "islamic_state")),
    ("Abadi banned the PMF from entering Kirkuk.", ("Abadi", "sanctioned", "popular_mobilization_forces")),
    ("Adil Abdul Mahdi fired Falih al-Fayyadh at the urging of the United States.",
     ("Adil Abdul Mahdi", "hostile_to", "falih_al_fayyadh")),
    ("Israel is at war with Hamas, not with Hezbollah.", ("israel", "hostile_to", "lebanese_hezbollah")),
    ("Saddam invaded Kuwait in 1990. He claimed to lead the Arab nation against Israel.",
     ("Saddam", "leads", "kuwait")),
    ("Daesh provincial emir Abu Saleh was captured by the CTS near Hawija.",
     ("Abu Saleh", "leads", "islamic_state")),
    ("The Peshmerga unit of the KDP fought.", ("peshmerga", "part_of", "kurdistan_democratic_party")),
    ("Iraq's main Shi'ite militias waged war on U.S. troops.", ("iraq", "hostile_to", "united_states")),
    ("BAGHDAD (AP) — Airstrikes killed six militants, two members of Iraqi militia groups told The "
     "Associated Press. The group has conducted attacks on U.S. positions.",
     ("associated_press", "hostile_to", "united_states")),
    ("Former fighters from anti-U.S. Iraqi cleric Moqtada al-Sadr's Mehdi Army have joined.",
     ("united_states", "hostile_to", "iraq")),
    ("The US armed the Peshmerga to fight the Islamic State.",
     ("united_states", "hostile_to", "islamic_state")),
    ("Iran funded the militias to fight the Islamic State.", ("iran", "hostile_to", "islamic_state")),
    ("Kata'ib Hezbollah and Asa'ib Ahl al-Haq fought in Syria. All militias must disarm, the premier said, "
     "backed by Iran.", ("iran", "backs", "kataib_hezbollah")),
    ("Hadi al-Amiri establishes Badr's dominance over the Interior Ministry.",
     ("hadi_al_amiri", "founded", "badr_organization")),
    ("Iran named Esmail Qaani to lead the Quds Force, replacing Soleimani's strategy with his own.",
     ("ismail_qaani", "succeeded", "qasem_soleimani")),
    ("Baghdad banned Kata'ib Hezbollah's Al-Etejah TV channel.",
     ("iraq", "sanctioned", "kataib_hezbollah")),
    ("Kadhimi fired back at Kata'ib Hezbollah on Twitter.", ("Kadhimi", "hostile_to", "kataib_hezbollah")),
    ("Sadr fired a broadside at the Coordination Framework.",
     ("Sadr", "hostile_to", "coordination_framework")),
    ("Islamic State claimed the bombing in Baghdad, where Kata'ib Hezbollah is strong. Abu Mohammed "
     "al-Adnani, the group's spokesman, praised it.",
     ("Abu Mohammed al-Adnani", "member_of", "kataib_hezbollah")),
    ("The Associated Press spoke to Kata'ib Hezbollah members. Ahmed Sabah, the group's spokesman, "
     "declined to comment.", ("Ahmed Sabah", "member_of", "associated_press")),
    ("Iraq's National Security Council banned the PKK, calling it a terrorist group.",
     ("us_national_security_council", "sanctioned", "pkk")),
    # where a group is listed is not where its designator strikes it; militias told of one by one
    ("It is designated as a terrorist organization by Ankara, who frequently targets the group in Iraq and "
     "Syria. The PKK denies it.", ("syria", "sanctioned", "pkk")),
    ("Iraq's main Shi'ite militias, Asaib al-Haq and Kata'ib Hezbollah, which waged war on U.S. troops, "
     "fought in Syria.", ("asaib_ahl_al_haq", "allied_with", "kataib_hezbollah")),
    ("Iraqi forces retook Islamic State-held Fallujah after the Peshmerga had attacked it.",
     ("iraqi_security_forces", "hostile_to", "peshmerga")),
])
def test_what_war_reports_chronologies_and_titles_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


def test_a_chronology_entry_is_dated_by_its_date(analyse):
    """ "Feb. 7, 2024: A US drone strike kills X": the entry takes the date that opens it."""
    ex, _, _ = analyse("Feb. 7, 2024: A US drone strike in eastern Baghdad kills Abu Baqir al-Saadi.\n"
                       "July 2016 - Abu Omar al-Shishani is killed in a US airstrike near Shirqat.")
    assert sorted(c.start for c in ex.claims if c.relation == "killed") == ["2016-07", "2024-02-07"]


@pytest.mark.parametrize(("text", "expected"), [
    # a force raised, revived or sent to fight: the purpose says whom it fights
    ("The PMF was established in 2014 to help fight ISIS.", ("popular_mobilization_forces", "hostile_to",
                                                              "islamic_state")),
    ("The Mahdi Army was revived in 2014 as Saraya al-Salam in order to fight against the Islamic State.",
     ("saraya_al_salam", "hostile_to", "islamic_state")),
    ("Sadr formed Saraya al-Salam in order to fight the Islamic State.",
     ("saraya_al_salam", "hostile_to", "islamic_state")),
    ("The US helped the Peshmerga fight the Islamic State.", ("peshmerga", "hostile_to", "islamic_state")),
    ("The PMF played a role in defeating the Islamic State.",
     ("popular_mobilization_forces", "hostile_to", "islamic_state")),
    ("Harakat Hezbollah al-Nujaba has been at the forefront of the fight against ISIS.",
     ("harakat_hezbollah_al_nujaba", "hostile_to", "islamic_state")),
    ("The Iraqi army conducted anti-ISIS operations in Anbar.",
     ("iraqi_army", "hostile_to", "islamic_state")),
    # attack reports: a group named as a modifier, forces of two states, a network that claimed them
    ("U.S. forces struck the Iran-aligned Kataeb Hezbollah (KH) armed group south of Baghdad the day before, "
     "killing eight members, according to KH.", ("united_states", "hostile_to", "kataib_hezbollah")),
    ("AAH launched attacks on American and Iraqi forces.",
     ("asaib_ahl_al_haq", "hostile_to", "united_states")),
    ("The Islamic Resistance in Iraq, a coalition of militias that has attacked US forces, said it would "
     "continue.", ("islamic_resistance_in_iraq", "hostile_to", "united_states")),
    ("However, he praised Qassem Suleimani, the late commander of Quds Force, a division of the Islamic "
     "Revolutionary Guard Corps, who was believed to have been playing an instrumental part in supporting "
     "Syrian President Bashar al-Assad.", ("qasem_soleimani", "backs", "bashar_al_assad")),
    # backers and allegiances told through the militias a body is made of, a count after a list, a
    # participle after a clause, a pledge
    ("The PMF is an umbrella grouping of mostly Iran-backed Shi'ite militias.",
     ("iran", "backs", "popular_mobilization_forces")),
    ("The Popular Mobilization Units, a group of pro-Iran militias, grew.",
     ("popular_mobilization_forces", "allied_with", "iran")),
    ("Fighters from Asaib Ahl al-Haq, Kataib Hezbollah (Hezbollah Brigades), and the Badr Corps, three of "
     "the larger Iranian-backed militias, were there.", ("iran", "backs", "badr_organization")),
    ("Larger and older pro-Iranian militias such as Badr and Asa'ib Ahl al-Haq have grown.",
     ("asaib_ahl_al_haq", "allied_with", "iran")),
    ("Kata'ib Hezbollah had been in existence for years, backed and funded by Iran.",
     ("iran", "backs", "kataib_hezbollah")),
    ("Badr, considered terrorist by the US, sponsored by Iran, fought IS.",
     ("iran", "backs", "badr_organization")),
    ("Ansar al-Islam has been accused by the United States of providing a safe haven to al-Qaeda associates.",
     ("ansar_al_islam", "backs", "al_qaeda")),
    # translated Arabic-language press: honorifics, martyrdom, titles before names
    ("He assassinated Hajj Qasem Soleimani, commander of the Quds Force.",
     ("qasem_soleimani", "leads", "quds_force")),
    ("Abu Taqwa al-Saidi, a commander in Harakat al-Nujaba, was martyred in a US drone strike that targeted "
     "his vehicle.", ("united_states", "killed", "abu_taqwa_al_saidi")),
    ("Sayyed Razi Mousavi was martyred in an airstrike by the Zionist entity.",
     ("israel", "killed", "Sayyed Razi Mousavi")),
    ("Razi Mousavi was killed in an airstrike by Israel.", ("israel", "killed", "Razi Mousavi")),
    ("The adviser in the IRGC, Razi Mousavi, was killed.", ("Razi Mousavi", "member_of", "irgc")),
    ("Falih al-Fayyadh, appointed head of the PMF in 2014, spoke.",
     ("falih_al_fayyadh", "leads", "popular_mobilization_forces")),
    # analysts' testimony: the former and the latter, respective pairs, ranks, attributions
    ("Hadi al-Amiri and Falih al-Fayyadh shared the stage in Jadriya; the former has headed the Badr "
     "Organization since 2003, while the latter chairs the Popular Mobilization Commission.",
     ("falih_al_fayyadh", "leads", "popular_mobilization_forces")),
    ("Akram al-Kaabi and Abu Alaa al-Walai lead Nujaba and KSS, respectively.",
     ("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada")),
    ("Kata'ib Hezbollah and Asaib Ahl al-Haq, both of which are trained by the Quds Force, attacked.",
     ("quds_force", "backs", "asaib_ahl_al_haq")),
    ("And while the U.S.-led coalition has trained and equipped more than 54,000 Iraqi forces, it will "
     "continue to focus on the enemy.", ("us_led_coalition", "backs", "iraqi_security_forces")),
    ("Qasem Soleimani, commander of the Islamic Revolutionary Guard Corps (IRGC) Quds Force, was killed.",
     ("qasem_soleimani", "leads", "quds_force")),
    # (without "respectively", names out of order keep every pairing)
    ("Qasem Soleimani and Abu Mahdi al-Muhandis led Kata'ib Hezbollah and the Quds Force until their "
     "deaths.", ("qasem_soleimani", "leads", "quds_force")),
    ("Badr, AAH and Huquq (KH's political wing) all belong to the Coordination Framework.",
     ("Huquq", "part_of", "kataib_hezbollah")),
    ("The Peshmerga clashed with the PKK-founded Sinjar Resistance Units (YBS) at Khanasor in March 2017.",
     ("peshmerga", "hostile_to", "sinjar_resistance_units")),
    ("Qasem Soleimani, born in Kerman province in 1957, rose rapidly through the ranks of the IRGC.",
     ("qasem_soleimani", "member_of", "irgc")),
    ("The November 2021 drone attack on Mustafa al-Kadhimi's residence was widely attributed to KH and AAH.",
     ("kataib_hezbollah", "hostile_to", "mustafa_al_kadhimi")),
    ("Three US soldiers were killed in a drone attack in Jordan attributed to Kataib Hezbollah.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("The strike attributed to Israel killed eight PMF fighters.",
     ("israel", "hostile_to", "popular_mobilization_forces")),
    ("The Treasury also designated Ansar Allah al-Awfiya, a KH-aligned faction, and its leader, Haydar "
     "al-Gharawi.", ("Haydar al-Gharawi", "leads", "ansar_allah_al_awfiya")),
])
def test_what_attack_reports_and_purposes_state(analyse, text, expected):
    """Constructions of attack reports and of forces raised to fight (sets K1 and K4, read this
    session, and the earlier read sets' misses), in sentences written here."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("These strikes respond to attacks against U.S. personnel by Iranian-sponsored militias,\" Defense "
     "Secretary Lloyd Austin said.", ("iran", "backs", "lloyd_austin")),
    ("Militants attacked American and Iraqi militias.", ("militants", "hostile_to", "united_states")),
    ("In 2014, Sadr formed a new militia in order to fight US forces.",
     ("muqtada_al_sadr", "hostile_to", "united_states")),
    ("However, he praised Qassem Suleimani, the late commander of Quds Force, a division of the Islamic "
     "Revolutionary Guard Corps, who was believed to have been playing an instrumental part in supporting "
     "Syrian President Bashar al-Assad.", ("irgc", "backs", "bashar_al_assad")),
    ("Badr, considered terrorist by the US, sponsored by Iran, fought IS.",
     ("iran", "backs", "united_states")),
    ("The aide said the goal was to rehabilitate the organization, which has broken into factions, some of "
     "which the U.S. maintains are trained and supplied by Iran.", ("iran", "backs", "united_states")),
    ("The Chairman of the Popular Mobilization Forces, Falih al-Fayyadh, received at his office in Baghdad "
     "the Secretary-General of the Badr Organization, Hajj Hadi al-Amiri.",
     ("falih_al_fayyadh", "member_of", "badr_organization")),
    ("The leader of the Kurdistan Democratic Party, Masoud Barzani, received in Erbil the commander of the "
     "Quds Force, Ismail Qaani.", ("masoud_barzani", "member_of", "quds_force")),
    ("The top US commander in Iraq, Gen. David Petraeus, spoke.", ("david_petraeus", "member_of", "iraq")),
    ("Akram al-Kaabi and Abu Alaa al-Walai lead Nujaba and KSS, respectively.",
     ("akram_al_kaabi", "leads", "kataib_sayyid_al_shuhada")),
    ("Badr, AAH and Huquq (KH's political wing) all belong to the Coordination Framework.",
     ("badr_organization", "part_of", "kataib_hezbollah")),
    ("The Peshmerga clashed with the PKK-founded Sinjar Resistance Units (YBS) at Khanasor in March 2017.",
     ("peshmerga", "hostile_to", "pkk")),
    ("The Treasury also designated Ansar Allah al-Awfiya, a KH-aligned faction, and its leader, Haydar "
     "al-Gharawi.", ("Haydar al-Gharawi", "leads", "us_department_of_the_treasury")),
    ("This strike responds to attacks against US personnel in Iraq and Syria by IRGC-Quds Force affiliates.",
     ("united_states", "hostile_to", "quds_force")),
    # what the first review of this session found
    ("Pro-Sadr militias such as Saraya al-Salam clashed with pro-Iran groups.",
     ("Pro-Sadr", "allied_with", "saraya_al_salam")),
    ("The U.S. and Iran back rival militias; the former supports the Peshmerga and the latter Kata'ib "
     "Hezbollah.", ("united_states", "backs", "kataib_hezbollah")),
    ("American and Iraqi forces killed Abu Bakr al-Baghdadi's deputy in a joint raid.",
     ("united_states", "killed", "abu_bakr_al_baghdadi")),
    ("Ankara pressured Baghdad to help fight the PKK in Sinjar.", ("turkey", "hostile_to", "pkk")),
    ("Ankara pressured Baghdad to help fight the PKK in Sinjar.", ("iraq", "hostile_to", "pkk")),
    ("Hajj Qasem Mohammadi, an IRGC commander, was killed in Syria.",
     ("qasem_soleimani", "member_of", "irgc")),
    ("Iran trained Kata'ib Hezbollah in order to fight US forces.", ("iran", "hostile_to", "united_states")),
    ("The Peshmerga played no role in defeating the Islamic State in Mosul, a PMF official claimed.",
     ("peshmerga", "hostile_to", "islamic_state")),
    ("The rocket attack on the US embassy was attributed to an unknown group, not Kata'ib Hezbollah.",
     ("united_states", "hostile_to", "kataib_hezbollah")),
    ("Asaib Ahl al-Haq split from the Mahdi Army in 2006, backed and trained by the Quds Force.",
     ("quds_force", "backs", "mahdi_army")),
    ("Sudani praised the ranks of the PMF in a speech.",
     ("Sudani", "member_of", "popular_mobilization_forces")),
    ("Ali al Dabbagh met Adel Mashhadani in May. \"He killed and terrified the people, he was leading a "
     "Baath party group,\" Dabbagh said.", ("Ali al Dabbagh", "leads", "baath_party")),
    ("Qasem Soleimani, commander of the Islamic Revolutionary Guard Corps (IRGC) Quds Force, was killed.",
     ("qasem_soleimani", "leads", "irgc")),
    ("He was 26 years old, and a temporary second lieutenant in the 2/5th Battalion, Lancashire Fusiliers, "
     "during the war.", ("Lancashire Fusiliers", "member_of", "2/5th Battalion")),
    ("Turkey trained Sunni tribal fighters to help fight the Islamic State near Mosul.",
     ("turkey", "hostile_to", "islamic_state")),
    ("Purges in the ranks of the Badr Organization worried Hadi al-Amiri.",
     ("hadi_al_amiri", "member_of", "badr_organization")),
    ("AAH’s leader, Qais al-Khazali, headed the Mahdi Army ‘special groups’ during 2006-2007.",
     ("qais_al_khazali", "leads", "mahdi_army")),
])
def test_what_attack_reports_and_purposes_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputy PMF chief Abu Mahdi al-Muhandis was killed.",
     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    ("First deputy speaker of the Iraqi parliament Hassan Karim al-Kaabi issued a statement.",
     ("Hassan Karim al-Kaabi", "member_of", "council_of_representatives_of_iraq")),
    ("Three Islamic State leaders were killed. It identified the dead as Abu Saeed al-Dandoushi, who was the "
     "so-called Kirkuk governor of the jihadist group.",
     ("Abu Saeed al-Dandoushi", "member_of", "islamic_state")),
    ("Sirwan Rozbayani was stopped at a checkpoint. The commander of the unit Waad Qado was sanctioned by "
     "the United States in July.", ("united_states", "sanctioned", "Waad Qado")),
    ("Christians face a new threat from the Babylon Brigade. Led by Rayan al-Kildani, this militia is "
     "heavily backed by Iran.", ("iran", "backs", "kataib_babiliyoun")),
    ("Ali Atrha served for several decades in the Iraqi army.", ("Ali Atrha", "member_of", "iraqi_army")),
    ("Hadi al-Amiri served in the IRGC in the 1980s.", ("hadi_al_amiri", "member_of", "irgc")),
    ("The Nineveh Plain Protection Units, or NPU, of which Ali Atrha is a part, was formed last year.",
     ("Ali Atrha", "member_of", "Nineveh Plain Protection Units")),
    ("Badr, of which Hadi al-Amiri is the leader, joined the PMF.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    ("Al-Walai is one of the militia leaders who was close to Qasem Soleimani.",
     ("Al-Walai", "allied_with", "qasem_soleimani")),
    # a country's body named with the country's possessive is the body, as with its demonym
    ("Syria’s army captured Islamic State’s last stronghold in Syria.",
     ("syrian_arab_army", "hostile_to", "islamic_state")),
    ("In 2016, the PMF was officially incorporated into Iraq’s armed forces.",
     ("popular_mobilization_forces", "part_of", "iraqi_armed_forces")),
    ("Iraq's security forces attacked ISIS.", ("iraqi_security_forces", "hostile_to", "islamic_state")),
    ("Al-Kildani, commander of the Babil Brigade, has significant Iranian backing.",
     ("iran", "backs", "Al-Kildani")),
    ("Abu Mahdi al-Muhandis was killed in 2020. The U.S. military killed Akram al-Kaabi in Baghdad on "
     "Thursday. The commander also served in the Popular Mobilization Forces.",
     ("akram_al_kaabi", "member_of", "popular_mobilization_forces")),
    # what this session's reviews found lost
    ("The commander of Kataib Hezbollah Abu Hussein al-Hamidawi attacked US forces.",
     ("ahmad_al_hamidawi", "hostile_to", "united_states")),
    ("Abu Ali al-Basri, a Badr commander, fought in Baiji. The commander was killed by ISIS.",
     ("islamic_state", "killed", "Abu Ali al-Basri")),
    ("The KDP and the PUK, of which Bafel Talabani is the leader, held talks in Erbil.",
     ("bafel_talabani", "leads", "patriotic_union_of_kurdistan")),
    # regional press and factions' statements (helpers' sentences, read this session)
    ("Safaa Khamro, commander of the Nineveh Plains Protection Units (NPU), told Rudaw the force would not "
     "merge.", ("Safaa Khamro", "leads", "Nineveh Plains Protection Units")),
    ("Residents say the Babylon Brigades have controlled Tel Keppe district since 2017.",
     ("kataib_babiliyoun", "controls", "Tel Keppe")),
    ("Waad Qado, the Shabak commander of the Popular Mobilization Forces' 30th Brigade, spoke.",
     ("Waad Qado", "leads", "30th Brigade")),
    ("The Iraqi army said it killed Jassim al-Mazrouei, ISIS's so-called wali of Kirkuk, in an air strike.",
     ("Jassim al-Mazrouei", "member_of", "islamic_state")),
    ("Islamic State named Ahmed Ali as its new leader.", ("Ahmed Ali", "leads", "islamic_state")),
    ("The Islamic Resistance in Iraq said it had carried out a joint operation with the Houthis.",
     ("islamic_resistance_in_iraq", "allied_with", "houthis")),
    ("US Central Command said its strike killed Wissam Mohammed al-Saadi.",
     ("centcom", "killed", "Wissam Mohammed al-Saadi")),
    ("Israel said its jets struck Hezbollah.", ("israel", "hostile_to", "lebanese_hezbollah")),
    ("The emir of Hit, Abu Saad al-Dulaimi, was killed by Iraqi forces.",
     ("iraqi_security_forces", "killed", "Abu Saad al-Dulaimi")),
    ("ISIS wali Abu Yasser al-Issawi was killed in Kirkuk in 2021.",
     ("abu_yasir_al_issawi", "member_of", "islamic_state")),
    ("Al-Qaeda named Abu Ayyub al-Masri as its new emir in Iraq.",
     ("abu_ayyub_al_masri", "member_of", "al_qaeda")),
    ("The Tal Afar Operations Command, part of the Iraqi army, repelled an attack.",
     ("Tal Afar Operations Command", "part_of", "iraqi_army")),
])
def test_what_tribal_and_minority_reporting_states(analyse, text, expected):
    """Constructions of reporting on tribal forces and on Nineveh's minority groups (sets L3 and
    L5, read this session), in sentences written here."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    ("Nineveh Deputy Governor Sirwan Rozbayani was stopped at a checkpoint.",
     ("Sirwan Rozbayani", "controls", "nineveh_governorate")),
    ("First deputy speaker of the Iraqi parliament Hassan Karim al-Kaabi issued a statement.",
     ("Hassan Karim al-Kaabi", "leads", "council_of_representatives_of_iraq")),
    ("Deputy PMF chief Abu Mahdi al-Muhandis was killed.",
     ("abu_mahdi_al_muhandis", "leads", "popular_mobilization_forces")),
    ("Three Islamic State leaders were killed. It identified the dead as Abu Saeed al-Dandoushi, who was the "
     "so-called Kirkuk governor of the jihadist group.", ("Abu Saeed al-Dandoushi", "controls", "kirkuk")),
    ("Sirwan Rozbayani was stopped at a checkpoint. The commander of the unit Waad Qado was sanctioned by "
     "the United States in July.", ("united_states", "sanctioned", "Sirwan Rozbayani")),
    ("Qais al-Khazali spoke. The commander of Hadi al-Amiri's brigade was sanctioned by the United States.",
     ("united_states", "sanctioned", "qais_al_khazali")),
    ("A decision by the Nineveh Provincial Council sparked outrage. Critics of the Nineveh Provincial "
     "Council spoke. Led by Rayan al-Kildani, this militia is heavily backed by Iran.",
     ("iran", "backs", "Nineveh Provincial Council")),
    ("Ali Atrha served in Iraq for decades.", ("Ali Atrha", "member_of", "iraq")),
    ("Kata'ib Hezbollah, of which Abu Fadak is not a member, attacked the base.",
     ("abu_fadak_al_mohammadawi", "member_of", "kataib_hezbollah")),
    ("Iraq’s air force frequently carries out strikes against ISIS cells.",
     ("iraq", "hostile_to", "islamic_state")),
    ("Kataib Hezbollah has no Iranian support.", ("iran", "backs", "kataib_hezbollah")),
    # "the commander" is the one the text brought in unnamed, not the man it names most
    ("Abu Mahdi al-Muhandis was killed in 2020. The U.S. military killed an influential commander of "
     "Harakat Hezbollah al Nujaba in Baghdad on Thursday. The commander also served in the Popular "
     "Mobilization Forces.", ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    # what this session's reviews found misread
    ("Rayan al-Kildani's cousin served in the Babylon Brigades.",
     ("rayan_al_kildani", "member_of", "kataib_babiliyoun")),
    ("Mustafa al-Kadhimi served in the Iraqi National Intelligence Service as director.",
     ("mustafa_al_kadhimi", "member_of", "iraqi_national_intelligence_service")),
    ("The KDP and the PUK, of which Bafel Talabani is the leader, held talks in Erbil.",
     ("bafel_talabani", "leads", "kurdistan_democratic_party")),
    ("The ISIS cell, of which Abu Omar was the leader, was dismantled in Kirkuk.",
     ("Abu Omar", "leads", "islamic_state")),
    ("Kataib Hezbollah has US air support against it, the militia complained.",
     ("united_states", "backs", "kataib_hezbollah")),
    ("Al-Qaeda in Iraq and the Islamic State competed for recruits. Abu Omar, the emir of the jihadist "
     "group, was arrested.", ("Abu Omar", "leads", "al_qaeda_in_iraq")),
    ("The US Treasury blacklisted Babylon Brigades leader Rayan al-Kildani in July 2019.",
     ("us_department_of_the_treasury", "sanctioned", "kataib_babiliyoun")),
    ("Counter-Terrorism Service forces raided an ISIS hideout, killing Abu Omar al-Ansari, the group's "
     "so-called wali of Anbar.", ("Abu Omar al-Ansari", "controls", "anbar_governorate")),
    ("Muqtada al-Sadr ruled out any alliance with Qais al-Khazali.",
     ("muqtada_al_sadr", "allied_with", "qais_al_khazali")),
    ("The Badr Organization named Ahmed Ali as head of its political office.",
     ("Ahmed Ali", "leads", "badr_organization")),
    ("The PMF condemned the US, saying its airstrikes targeted the 45th Brigade.",
     ("popular_mobilization_forces", "hostile_to", "45th Brigade")),
    ("The group's wali for Iraq, Abu Khadija, was killed in a CENTCOM strike in March.",
     ("Abu Khadija", "member_of", "iraq")),
    ("The so-called wali of Anbar, Abu Waheeb, was killed by US aircraft near Rutba.",
     ("Abu Waheeb", "controls", "anbar_governorate")),
    ("The US named Abu Baqir al-Saadi as the commander who directed attacks on US forces.",
     ("abu_baqir_al_saadi", "member_of", "united_states")),
])
def test_what_tribal_and_minority_reporting_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("The reward targets Iran's Islamic Revolutionary Guards Corps (IRGC) and its elite Quds Force.",
     ("quds_force", "part_of", "irgc")),
    ("The PMF and its Kataib Hezbollah brigade were deployed.",
     ("kataib_hezbollah", "part_of", "popular_mobilization_forces")),
    ("CENTCOM commander Marine Gen. Kenneth McKenzie said the strikes worked.",
     ("kenneth_mckenzie", "leads", "centcom")),
    ("OIR spokesman Army Col. Myles Caggins said the raid succeeded.",
     ("Myles Caggins", "member_of", "cjtf_oir")),
    ("Marine Corps Gen. Kenneth McKenzie said the strikes worked.",
     ("kenneth_mckenzie", "member_of", "us_marine_corps")),
    ("Gunmen attacked the Ministry of Interior's Falcons Cell in Baghdad.",
     ("falcons_intelligence_cell", "part_of", "iraqi_ministry_of_interior")),
    # charges, pleas and convictions say who did it (the claim records what the source says)
    ("Haider Kadhim pleaded guilty today to conspiring to provide material support to Kata'ib Hezbollah.",
     ("Haider Kadhim", "backs", "kataib_hezbollah")),
    ("Ali Hassan Karim was charged with providing material support to Kata'ib Hezbollah.",
     ("Ali Hassan Karim", "backs", "kataib_hezbollah")),
    ("Ali Hassan Karim was found guilty of providing material support to Kata'ib Hezbollah.",
     ("Ali Hassan Karim", "backs", "kataib_hezbollah")),
    ("A Baghdad court convicted Ahmed Karim Salman of the 2019 murder of Dijlah TV reporter Ahmed Muhanna.",
     ("Ahmed Karim Salman", "killed", "Ahmed Muhanna")),
    ("The court sentenced Ali Mohsen Jawad to death for the murder of demonstrator Muhannad al-Qaisi.",
     ("Ali Mohsen Jawad", "killed", "Muhannad al-Qaisi")),
    ("The murder of Hisham al-Hashimi by Kata'ib Hezbollah gunmen shocked Iraq.",
     ("kataib_hezbollah", "killed", "hisham_al_hashemi")),
    ("Hezbollah took over after the assassination of high-ranking Iranian commander of Al-Quds Force Qassim "
     "Soleimani in early January by a U.S. drone.", ("united_states", "killed", "qasem_soleimani")),
    ("Shortly before his death, Abu Bakr al-Baghdadi named Abdullah Qardash as his successor.",
     ("abu_ibrahim_al_hashimi_al_qurashi", "succeeded", "abu_bakr_al_baghdadi")),
    ("The Iraqi army recaptured ISIS-held Ramadi in December 2015.",
     ("iraqi_army", "hostile_to", "islamic_state")),
    ("Abu Bakr al-Baghdadi named Abu Ibrahim al-Hashimi al-Qurashi as his successor.",
     ("abu_ibrahim_al_hashimi_al_qurashi", "succeeded", "abu_bakr_al_baghdadi")),
    ("The attempted assassination of Mustafa al-Kadhimi by Kata'ib Hezbollah failed.",
     ("kataib_hezbollah", "hostile_to", "mustafa_al_kadhimi")),
    ("Iraq's ambassador to Washington, Nizar al-Khairallah, said Baghdad would not allow attacks.",
     ("Nizar al-Khairallah", "member_of", "iraq")),
    ("Abu Khadija, ISIS's second-in-command, was killed in Anbar.",
     ("Abu Khadija", "member_of", "islamic_state")),
    # coordinated verbs share a passive verb's subject
    ("Qasem Soleimani was born in 1957 in Kerman province and joined the IRGC in 1979.",
     ("qasem_soleimani", "member_of", "irgc")),
    ("Amir al-Mawla was born in Tal Afar and rose through the ranks of ISIS as a religious judge.",
     ("Amir al-Mawla", "member_of", "islamic_state")),
    ("Tal Afar, long a stronghold of Islamic State, was the hometown of many of its commanders.",
     ("islamic_state", "controls", "tal_afar")),
    # from the probes in political, security-institution and obituary wording
    ("Lawmakers visited Jurf al-Sakhar, the town Kata'ib Hezbollah has held since 2014.",
     ("kataib_hezbollah", "controls", "jurf_al_sakhar")),
    ("Mohammed al-Halbousi was succeeded as speaker by Mahmoud al-Mashhadani.",
     ("mahmoud_al_mashhadani", "succeeded", "mohammed_al_halbousi")),
    ("Gunmen from Saraya al-Salam and Asa'ib Ahl al-Haq exchanged fire in Basra.",
     ("saraya_al_salam", "hostile_to", "asaib_ahl_al_haq")),
    ("Washington described Kata'ib Hezbollah as a proxy of Iran.", ("iran", "backs", "kataib_hezbollah")),
    ("Iranian operatives smuggled weapons to Kata'ib Hezbollah.", ("iran", "backs", "kataib_hezbollah")),
    # a group named in the same sentence is the group the clause describes
    ("Kata'ib Hezbollah is the group that attacked U.S. forces at Tower 22.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("The group that controls Sinjar, the YBS, is backed by the PKK.",
     ("pkk", "backs", "sinjar_resistance_units")),
    ("Kata'ib Hezbollah and Nujaba, a PMF faction each, attacked US forces.",
     ("harakat_hezbollah_al_nujaba", "part_of", "popular_mobilization_forces")),
    ("Also killed was Hamid al-Zawi, also known as Abu Umar al-Baghdadi, who served al-Qaida in Iraq as the "
     "leader of the group's self-proclaimed Islamic State of Iraq.",
     ("abu_omar_al_baghdadi", "member_of", "al_qaeda_in_iraq")),
    ("The Islamic State lost its leader. The raid targeted Abu Ibrahim al-Qurayshi, who took over as head of "
     "the militant group in 2019.", ("Abu Ibrahim al-Qurayshi", "leads", "islamic_state")),
    ("U.S. Special Representative for Iran Brian Hook told reporters that the campaign would go on.",
     ("Brian Hook", "member_of", "united_states")),
    ("It appears the IS appointed governor of Kirkuk, Salman Abd Shabib, was killed in the air strike.",
     ("Salman Abd Shabib", "member_of", "islamic_state")),
    ("Troops advanced on the ISIS stronghold of Mosul.", ("islamic_state", "controls", "mosul")),
    ("The Islamic State controlled parts of Iraq and Syria.", ("islamic_state", "controls", "iraq")),
    ("Troops entered ISIS-held areas of Syria.", ("islamic_state", "controls", "syria")),
    ("The US declared Al Rifai a specially designated global terrorist in 2023.",
     ("united_states", "sanctioned", "Al Rifai")),
    ("US and Iraqi forces conducted a joint operation in late August.",
     ("united_states", "allied_with", "iraqi_security_forces")),
    # "the general" is the man the text titled General, however far back
    ("Shahram Poursafi was charged with plotting to kill Bolton. The plot was to avenge Iranian General "
     "Qassem Soleimani, who was killed in a drone attack. Poursafi denied it. Bolton spoke. The powerful "
     "Iranian general was the architect of the strategy for years. He was the commander of the Quds Force.",
     ("qasem_soleimani", "leads", "quds_force")),
])
def test_what_enforcement_and_leadership_reporting_states(analyse, text, expected):
    """Constructions of reporting on the Islamic State's leaders and of legal and enforcement
    texts (sets M2 and M6, read this session), in sentences written here."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "wrong"), [
    # the one who reports a killing is not the one killed
    ("U.S. forces this month killed the Islamic State's \"finance minister\" who was believed to be second "
     "to Abu Bakr al-Baghdadi in the group's chain of command, Defense Secretary Ashton Carter said Friday.",
     ("united_states", "killed", "ash_carter")),
    ("Iraqi PM says senior ISIS leader killed.\nIraq's security forces and the US-led coalition have killed "
     "the leader of the militant group in Iraq and Syria, Iraqi Prime Minister Mohammed Shia Al Sudani said.",
     ("iraqi_security_forces", "killed", "mohammed_shia_al_sudani")),
    # a demonym before a word for outlaws, or standing for one man, is not the state
    ("The United States accused Iran of using Hezbollah to train Iraqi extremists.",
     ("lebanese_hezbollah", "backs", "iraq")),
    ("The Iraqi had a $25m bounty on his head and had been pursued by the US and its allies for years.",
     ("iraq", "hostile_to", "united_states")),
    # an envoy's brief is not his employer
    ("U.S. Special Representative for Iran Brian Hook told reporters that the campaign would go on.",
     ("Brian Hook", "member_of", "iran")),
    ("Brian Hook, the U.S. special envoy for Iran, spoke to reporters.", ("Brian Hook", "member_of", "iran")),
    ("UN Special Envoy for Syria Geir Pedersen met Assad.", ("Geir Pedersen", "member_of", "syria")),
    # a service's word before a rank is no man; "Marine" alone names no one service
    ("At a news conference with Joint Chiefs Chairman Marine Gen. Joseph Dunford, Carter confirmed the "
     "strike.", ("Marine", "leads", "Joint Chiefs")),
    ("Iraqi Marine Col. Ahmed Hassan said his unit secured Umm Qasr.",
     ("Ahmed Hassan", "member_of", "us_marine_corps")),
    ("Iraqi Marine Corps commander Brig. Gen. Ali Hassan inspected the port of Umm Qasr.",
     ("Ali Hassan", "leads", "us_marine_corps")),
    ("Badr and its rival Asaib Ahl al-Haq fought for seats.",
     ("asaib_ahl_al_haq", "part_of", "badr_organization")),
    ("The formerly ISIS-held city of Mosul was rebuilt.", ("islamic_state", "controls", "mosul")),
    ("The once ISIS stronghold of Ramadi was rebuilt.", ("islamic_state", "controls", "ramadi")),
    ("The United States named Brett McGurk the designated envoy to the coalition.",
     ("united_states", "sanctioned", "brett_mcgurk")),
    ("The State Department declared that Kata'ib Hezbollah, an FTO, had attacked the base.",
     ("us_department_of_state", "sanctioned", "kataib_hezbollah")),
    ("US and Iranian officials held joint talks in Baghdad.", ("united_states", "allied_with", "iran")),
    ("Gen. Soleimani met Asaib Ahl al-Haq Secretary-General Qais al-Khazali. The US later killed the "
     "general.",
     ("united_states", "killed", "qais_al_khazali")),
    ("The Iranian, who serves as an adviser to Kata'ib Hezbollah, was sanctioned by the Treasury.",
     ("us_department_of_the_treasury", "sanctioned", "kataib_hezbollah")),
    ("In New York, seven defendants are charged in connection with their selling of Iranian oil to buyers in "
     "China, Russia, and Syria, in order to finance the IRGC-QF.", ("syria", "backs", "quds_force")),
    ("The U.S. accused him of transferring Iraqi fighters to Syria to support the forces of Bashar al-Assad.",
     ("syria", "backs", "bashar_al_assad")),
    ("Tabaja is also a member of Hezbollah, according to the Treasury Department, and has direct ties to its "
     "senior leadership.", ("Tabaja", "allied_with", "us_department_of_the_treasury")),
    ("Turkumani served in the army before joining the Iraqi insurgency.", ("Turkumani", "member_of", "iraq")),
    # a role in a "by" phrase is another's
    ("Abu Ali al-Anbari, described by US officials as the deputy caliph of ISIS, was killed in a raid.",
     ("abu_ali_al_anbari", "member_of", "united_states")),
    ("Ismail Qaani visited Erbil and met Masoud Barzani, a rare trip by the Quds Force chief to the "
     "Kurdistan Region.", ("masoud_barzani", "member_of", "quds_force")),
    ("Fallujah, a former stronghold of al-Qaeda in Iraq, fell.",
     ("al_qaeda_in_iraq", "controls", "fallujah")),
    ("Kirkuk is the historic stronghold of the PUK.", ("patriotic_union_of_kurdistan", "controls", "kirkuk")),
    ("Hisham al-Rikabi, who runs Maliki's media office, said the leaders had not settled on a candidate.",
     ("Hisham al-Rikabi", "hostile_to", "Maliki")),
    ("Khazali was freed weeks before Asa'ib Ahl al-Haq released Peter Moore, a British computer expert whom "
     "its fighters had abducted in 2007.", ("Peter Moore", "member_of", "asaib_ahl_al_haq")),
    ("Brigade 45 of the Popular Mobilization Forces, a Kata'ib Hezbollah unit, has held Jurf al-Sakhar since "
     "2014.", ("popular_mobilization_forces", "part_of", "kataib_hezbollah")),
    ("Bafel Talabani became sole head of the PUK in 2021 after ousting his cousin Lahur Sheikh Jangi.",
     ("bafel_talabani", "hostile_to", "lahur_sheikh_jangi")),
    ("Secretary of State Mike Pompeo called the militia and its leaders violent proxies of the Islamic "
     "Republic of Iran.", ("iran", "backs", "mike_pompeo")),
    ("The Counter Terrorism Service conducted more than 253 operations against ISIS during 2020, often with "
     "Defeat-ISIS support.", ("islamic_state", "backs", "counter_terrorism_service")),
    ("Ahmed Salim was convicted of the murder of Hisham al-Hashimi's neighbour.",
     ("Ahmed Salim", "killed", "hisham_al_hashemi")),
    ("Sadr City, the stronghold of the Sadrist movement, was sealed off by the army.",
     ("sadrist_movement", "controls", "sadr_city")),
    ("Salah al-Jubouri, an Iraqi financier, was sanctioned by the Treasury.",
     ("Salah al-Jubouri", "member_of", "iraq")),
    ("Three Iraqis were charged with conspiring to kill U.S. soldiers.",
     ("iraq", "hostile_to", "united_states")),
    ("A court in Sulaymaniyah convicted a PUK officer of the murder of Lt. Col. Hawkar Abdullah Rasul.",
     ("patriotic_union_of_kurdistan", "killed", "Hawkar Abdullah Rasul")),
    # an attempt kills no one
    ("Iraqi police arrested Abu Ali for the attempted murder of Prime Minister Kadhimi.",
     ("Abu Ali", "killed", "Kadhimi")),
    ("The attempted assassination of Mustafa al-Kadhimi by Kata'ib Hezbollah failed.",
     ("kataib_hezbollah", "killed", "mustafa_al_kadhimi")),
    ("Iraqi forces recaptured Mosul, Islamic State's former capital, in July.",
     ("islamic_state", "controls", "mosul")),
    ("It appears the IS appointed governor of Kirkuk, Salman Abd Shabib, was killed in the air strike.",
     ("Salman Abd Shabib", "controls", "kirkuk")),
    ("An airstrike by the anti Islamic State group coalition has killed Salman Abd Shabib in Kirkuk.",
     ("islamic_state", "killed", "Salman Abd Shabib")),
    ("The Quds Force, a unit of the IRGC, and Hezbollah trained the fighters.",
     ("lebanese_hezbollah", "part_of", "irgc")),
    ("Through OIR, U.S. and Coalition forces seek the defeat of ISIS in Iraq.",
     ("united_states", "allied_with", "Coalition forces")),
    ("Tal Afar lies on the route to the former Islamic State stronghold of Mosul.",
     ("islamic_state", "controls", "mosul")),
    ("Iraqi and Coalition air power backed the push to retake the province and its capital of Mosul from the "
     "Islamic State.", ("Coalition", "controls", "mosul")),
])
def test_what_enforcement_and_leadership_reporting_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize("text,expected", [
    # a list the parse broke after "by ... and" names every lister
    ("The PKK has been designated as a terrorist group by Turkiye, the United States, and the European "
     "Union.",
     ("european_union", "sanctioned", "pkk")),
    # "seized control of" land that lies in a country
    ("Islamic State seized control of wide swathes of territory in Syria in 2014.",
     ("islamic_state", "controls", "syria")),
    ("The Babylon Brigades are formally registered under the Popular Mobilization Forces.",
     ("kataib_babiliyoun", "part_of", "popular_mobilization_forces")),
    # an officer named with the force he serves in
    ("Brigadier General Yahya Rasool of the Joint Operations Command said the raid had ended.",
     ("Yahya Rasool", "member_of", "joint_operations_command")),
    # "these groups" after a list the parse broke after "including", glosses and all
    ("Several factions joined the offensive, including the Badr Organization, Asa'ib Ahl al-Haq (the League "
     "of the Righteous), Kata'ib Hezbollah (Hezbollah Brigades), Kata'ib Imam Ali and Saraya Khorasani. All "
     "of these groups receive support from Iran.", ("iran", "backs", "kataib_hezbollah")),
    ("Several factions joined the offensive, including the Badr Organization, Asa'ib Ahl al-Haq (the League "
     "of the Righteous), Kata'ib Hezbollah (Hezbollah Brigades), Kata'ib Imam Ali and Saraya Khorasani. All "
     "of these groups receive support from Iran.", ("iran", "backs", "badr_organization")),
    ("Kata'ib Hezbollah has remained hostile towards the United States.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    # the one relied on does the deed
    ("Baghdad relied on Kata'ib Hezbollah to fight the Islamic State.",
     ("kataib_hezbollah", "hostile_to", "islamic_state")),
    # a group named inside "leaders within X" is what "the group" is (not the agency that confirmed it)
    ("Reuters confirmed the report. Several leaders within Asa'ib Ahl al-Haq were sanctioned. The group has "
     "killed hundreds of Americans.", ("asaib_ahl_al_haq", "hostile_to", "united_states")),
    # a charge that goes on after its gerund
    ("A tribal sheikh accused the PMF of colluding with the Al-Rumayd tribe, initiating warfare against his "
     "own Al-Omar tribe.", ("popular_mobilization_forces", "hostile_to", "Al-Omar tribe")),
    # a title set off with "the" and an honorific, and a man set off with ", of X,"
    ("The Secretary-General of the Badr Organization, the Hajj Hadi al-Amiri, received a delegation.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    ("The fighter known as Abu Azrael, of Kata'ib al-Imam Ali, appeared in a new video.",
     ("abu_azrael", "member_of", "kataib_al_imam_ali")),
    # sanctions fall on each actor the phrase names, a title's holder too
    ("The US Treasury imposed sanctions on Kata'ib Sayyid al-Shuhada and its Secretary-General, Abu Alaa "
     "al-Walai, on Tuesday.", ("us_department_of_the_treasury", "sanctioned", "abu_alaa_al_walai")),
    ("Washington imposed sanctions on 15 Islamic State figures, including Abu Muhammad al-Adnani.",
     ("united_states", "sanctioned", "abu_muhammad_al_adnani")),
    # the raid's own agent is the killer, and an attack's is the foe
    ("Abu Bakr al-Baghdadi was killed in a raid carried out by American special forces in Idlib.",
     ("united_states", "killed", "abu_bakr_al_baghdadi")),
    ("The Peshmerga repelled an attack launched by Islamic State cells on their positions near Makhmour.",
     ("peshmerga", "hostile_to", "islamic_state")),
    # "all three militias" after a list whose first name the parse took for the others' head
    ("The Sayyid al-Shuhada Brigades, the Imam Ali Brigades, and the Hezbollah Brigades all belong to the "
     "PMF. All three militias are funded by the Quds Force.",
     ("quds_force", "backs", "kataib_sayyid_al_shuhada")),
    # (while each state of "the US and French embassies" is still one)
    ("Abu Mahdi al-Muhandis was involved in the 1983 bombings of the US and French embassies in Kuwait.",
     ("abu_mahdi_al_muhandis", "hostile_to", "france")),
    # (but a fighters' position is ground, a weapon relied on does no deed, a state's missile sites
    # are the state's, and "the two men" after a named pair are both)
    ("The Peshmerga drove Islamic State from its positions near Kirkuk.",
     ("peshmerga", "hostile_to", "islamic_state")),
    ("Kata'ib Hezbollah relied on drones to strike US bases in Syria.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Israeli aircraft struck Iranian missile production sites in October 2024.",
     ("israel", "hostile_to", "iran")),
    ("Qasem Soleimani and Abu Mahdi al-Muhandis arrived in Baghdad. The two men were killed by a US drone.",
     ("united_states", "killed", "abu_mahdi_al_muhandis")),
    ("Qasem Soleimani and Abu Mahdi al-Muhandis arrived in Baghdad. The two men were killed by a US drone.",
     ("united_states", "killed", "qasem_soleimani")),
    ("The victory of the Iraqi army over Islamic State was celebrated in Baghdad.",
     ("iraqi_army", "hostile_to", "islamic_state")),
    ("Federal police in Mosul under Mahdi al-Gharawi's command cornered the group's military leader.",
     ("Mahdi al-Gharawi", "leads", "iraqi_federal_police")),
    # the name Iranian outlets give Israel, and a group's name past a word stacked on it
    ("The Zionist regime assassinated senior IRGC adviser Razi Mousavi in an airstrike near Damascus.",
     ("israel", "killed", "Razi Mousavi")),
    ("Daesh Takfiri terrorists martyred three PMU fighters in an ambush near Tarmiyah.",
     ("islamic_state", "hostile_to", "popular_mobilization_forces")),
    # a man a body's name owns is one of its men
    ("Kata'ib Hezbollah's Abu Ali al-Askari wrote that the group's drones had reached the Golan.",
     ("abu_ali_al_askari", "member_of", "kataib_hezbollah")),
    # "A, its chief B and ...": the body listed just before the title's "its"
    ("In 2020 the Treasury blacklisted Asa'ib Ahl al-Haq, its chief Qais al-Khazali and his brother Laith "
     "al-Khazali.", ("qais_al_khazali", "leads", "asaib_ahl_al_haq")),
    # (the reviews' regressions, kept as guards: a group's channel struck is the group struck; the man
    # named before "the two men" with someone unnamed; a state before another's community word)
    ("Israeli jets struck Hezbollah's Al-Manar channel in Beirut.",
     ("israel", "hostile_to", "lebanese_hezbollah")),
    ("A drone killed Abu Ali al-Basri and his driver. The two men were members of Kata'ib Hezbollah.",
     ("Abu Ali al-Basri", "member_of", "kataib_hezbollah")),
    ("Turkish and Iraqi Kurdish forces fought the PKK in Duhok.", ("turkey", "hostile_to", "pkk")),
    ("Al-Ahd, a TV channel affiliated with Asa'ib Ahl al-Haq, broadcast the speech.",
     ("Al-Ahd", "allied_with", "asaib_ahl_al_haq")),
    ("All of these groups, including Badr and Asa'ib Ahl al-Haq, are backed by Iran.",
     ("iran", "backs", "asaib_ahl_al_haq")),
    ("The victory of the PMF over Daesh was announced by Fayyadh.",
     ("popular_mobilization_forces", "hostile_to", "islamic_state")),
    ("The Albu Fahd tribe fought Islamic State. The Albu Fahd were supported by the US.",
     ("united_states", "backs", "Albu Fahd tribe")),
    ("Asaib al-Haq fighters entered the town.", ("asaib_ahl_al_haq", "member_of", None)),
    ("Iran's Quds Forces were deployed to Samarra.", ("quds_force", "part_of", None)),
])
def test_what_local_news_and_histories_state(analyse, text, expected):
    """Constructions of local Iraqi news and of histories of the fall of Mosul (sets N1 and N4,
    read this session) and of the probes in headline and Arabic-press styles, in sentences written
    here."""
    subject, relation, obj = expected
    ex, _, claims = analyse(text)
    if obj is None:  # a name the text spells its own way is still the actor's
        assert subject in {c.key for c in ex.chains}, ex.chains
        return
    assert stated(claims, expected), claims


@pytest.mark.parametrize("text,wrong", [
    ("A statement mourned Martyr Leader Abu Taqwa al-Saidi, a Nujaba commander.",
     ("abu_taqwa_al_saidi", "leads", "Martyr")),
    ("The Kurdish leader received a delegation from the Coordination Framework headed by Hadi al-Amiri.",
     ("hadi_al_amiri", "leads", "coordination_framework")),
    ("Officials said Washington is considering adding the Badr Organization to its list of terrorist "
     "organisations.", ("united_states", "sanctioned", "badr_organization")),
    # officials a clause defines are not the members of the group the text is about
    ("An inquiry into the fall of Mosul to the Islamic State group (ISIS) blamed Maliki, an MP said. Other "
     "top officials blamed for the loss of the city include Mahdi al-Gharawi, commander of Nineveh "
     "operations, and Ali Ghaidan.", ("Mahdi al-Gharawi", "member_of", "islamic_state")),
    # a title is no rank
    ("Secretary-General Akram al-Kaabi of Harakat al-Nujaba met the envoy.",
     ("akram_al_kaabi", "member_of", "harakat_hezbollah_al_nujaba")),
    # a standing lost is politics, not a fight
    ("The Iraqi army collapsed within days. It helped drive Maliki from office.",
     ("iraqi_army", "hostile_to", "Maliki")),
    ("PUK leader Bafel Talabani expelled his cousin Lahur Sheikh Jangi from the party.",
     ("bafel_talabani", "hostile_to", "lahur_sheikh_jangi")),
    # "heads the X bloc": a part of X, so one of its members, not its leader
    ("Qasim al-Araji, a lawmaker who heads the Badr Brigade bloc in parliament, met the envoy.",
     ("qasim_al_araji", "leads", "badr_organization")),
    ("The picture was first published by Iranian news sites affiliated with the IRGC.",
     ("iran", "allied_with", "irgc")),
    ("Fighting erupted on Saturday between Iraqi forces and members of the Sinjar Resistance Units (YBS), an "
     "armed faction affiliated with the Kurdistan Workers' Party (PKK), a source said.",
     ("iraqi_security_forces", "allied_with", "pkk")),
    ("Baghdad relied on Kata'ib Hezbollah to fight the Islamic State.",
     ("iraq", "hostile_to", "islamic_state")),
    # a plural description is no one man (here, no man named later)
    ("Militants from the Islamic State had begun their assault to capture the city and the two generals had "
     "just arrived from Baghdad. \"We asked them to stop,\" said Noufal Al Aqoub, a council member.",
     ("islamic_state", "hostile_to", "Noufal Al Aqoub")),
    ("In 2020 the Treasury blacklisted Asa'ib Ahl al-Haq, its chief Qais al-Khazali and his brother Laith "
     "al-Khazali.", ("qais_al_khazali", "leads", "us_department_of_the_treasury")),
    ("A Telegram channel affiliated with Nujaba published a map of Israeli ports.",
     ("Telegram", "allied_with", "harakat_hezbollah_al_nujaba")),
    # a group's number in the PMF, set off after its name, is the group itself
    ("Saraya Ashura, the 8th Brigade of the PMF, took part in a military parade.",
     ("8th Brigade", "part_of", "popular_mobilization_forces")),
    ("The militias relied on Kadhimi's weakness to attack US bases.",
     ("Kadhimi", "hostile_to", "united_states")),
    ("Israeli forces under Benjamin Netanyahu's command bombed Lebanon.",
     ("benjamin_netanyahu", "controls", "israel")),
    # a community's forces are not the state's
    ("Abu Hamza was killed by Syrian Kurdish forces near Deir ez-Zor.", ("syria", "killed", "Abu Hamza")),
    # a one-word name the model took for a body, inside a unit's name
    ("ERBIL (Kurdistan 24) – The Kurdistan Peshmerga forces are ready. The Kurdistan Commando Force keeps "
     "the peace in the region.", ("Kurdistan Commando Force", "part_of", "Kurdistan")),
])
def test_what_local_news_and_histories_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize("text,expected", [
    # a body described before its name
    ("The State Department designated the Iraqi Popular Mobilization Forces fighting force Kataib Sayyid "
     "al-Shuhada.", ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces")),
    ("The State Department designated the Iraqi Popular Mobilization Forces fighting force Kataib Sayyid "
     "al-Shuhada.", ("us_department_of_state", "sanctioned", "kataib_sayyid_al_shuhada")),
    ("Kataib Sayyid al-Shuhada is closely aligned to Iran.",
     ("kataib_sayyid_al_shuhada", "allied_with", "iran")),
    ("LAFA maintained close links to Lebanese Hizballah.",
     ("liwa_abu_al_fadl_al_abbas", "allied_with", "lebanese_hezbollah")),
    # "both" after a pair stands for the pair
    ("KSS fought alongside Kataeb Hezbollah and Asa'ib Ahl al-Haq, both supported by the Islamic "
     "Revolutionary Guards Corps' elite Qods Force.", ("quds_force", "backs", "kataib_hezbollah")),
    ("KSS fought alongside Kataeb Hezbollah and Asa'ib Ahl al-Haq, both supported by the Islamic "
     "Revolutionary Guards Corps' elite Qods Force.", ("quds_force", "part_of", "irgc")),
    ("AAH became one of the militias backed by Iran.", ("iran", "backs", "asaib_ahl_al_haq")),
    # a title quoted as the group styles it
    ("Hamid al-Jazairi has been identified as the \"deputy secretary general\" of Saraya al-Khorasani.",
     ("Hamid al-Jazairi", "member_of", "saraya_talia_al_khurasani")),
    ("Abu Ali is the “commander” of Saraya al-Khorasani.", ("Abu Ali", "leads", "saraya_talia_al_khurasani")),
    # "its" opening a sentence: the group the sentence before is about
    ("Asa'ib Ahl al-Haq was formed in 2006. Its leader Qais Khazali was arrested in 2007.",
     ("qais_al_khazali", "leads", "asaib_ahl_al_haq")),
    ("Asa'ib Ahl al-Haq was formed in 2006. In 2007, its leader, Qais Khazali, was arrested.",
     ("qais_al_khazali", "leads", "asaib_ahl_al_haq")),
    ("Asa'ib Ahl al-Haq broke away from the Sadrists in 2006. Its leader Qais Khazali started the group "
     "because he differed with Sadr.", ("qais_al_khazali", "founded", "asaib_ahl_al_haq")),
    # taking a place, said with a noun
    ("The government announced the re-capture of the city of Fallujah by Iraqi government forces.",
     ("iraqi_security_forces", "controls", "fallujah")),
    ("Islamic State's greatest conquest was its bold June 2014 seizure of Mosul.",
     ("islamic_state", "controls", "mosul")),
    ("The capture of Ramadi by the Islamic State in May 2015 shocked Washington.",
     ("islamic_state", "controls", "ramadi")),
    # "I" and "we" in a quotation
    ("\"I founded Saraya al-Salam to defend the holy shrines,\" Muqtada al-Sadr said in a televised address.",
     ("muqtada_al_sadr", "founded", "saraya_al_salam")),
    ("\"We in Asa'ib Ahl al-Haq fought Daesh from Amerli to Baiji,\" Qais al-Khazali told tribal leaders.",
     ("asaib_ahl_al_haq", "hostile_to", "islamic_state")),
    ("\"I was a member of the Sadrist movement before I founded Asa'ib Ahl al-Haq,\" Qais al-Khazali said.",
     ("qais_al_khazali", "member_of", "sadrist_movement")),
    ("\"We, the Islamic Resistance in Iraq, targeted Israel with drones,\" the statement said.",
     ("islamic_resistance_in_iraq", "hostile_to", "israel")),
    # names: a stance before a name is no part of it; spellings with the ayn mark
    ("Rab’ Allah enjoys complete financial support from Iran.", ("iran", "backs", "rab_allah")),
    # a speaker's praise: "our brothers in X" are X's men; "the group's" is the body the quotation is about
    ("\"Our brothers in Ansar Allah struck Israel from the mountains of Yemen,\" the preacher said.",
     ("houthis", "hostile_to", "israel")),
    ("\"Daesh attacked our brothers of the Iraqi army in Tarmiyah,\" the sheikh said.",
     ("islamic_state", "hostile_to", "iraqi_army")),
    ("\"We in the Badr Organization fought the Islamic State in Diyala,\" said Hadi al-Amiri, the "
     "organisation's secretary-general.", ("hadi_al_amiri", "leads", "badr_organization")),
    # the accuser's own forces
    ("The US accused Kata'ib Hezbollah of attacking its forces in Jordan.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    # a capital that does what the relative clause says is its government
    ("We thank Washington, which trained and armed the Peshmerga, a minister said.",
     ("united_states", "backs", "peshmerga")),
    ("Rockets hit Baghdad, which lies on the Tigris.", ("baghdad", None, None)),  # (a city still)
    ("Kata'ib Hezbollah denied the claim. Its fighters were killed by US forces.",
     ("united_states", "hostile_to", "kataib_hezbollah")),
    ("Turkey said its soldiers were killed by the PKK.", ("pkk", "hostile_to", "turkey")),
    # a role whose holder is described after "is"
    ("AAH has fought US forces since 2006. Its leader is a former Sadrist, Qais al-Khazali.",
     ("qais_al_khazali", "leads", "asaib_ahl_al_haq")),
    ("The commander of the Quds Force is a man named Esmail Qaani.", ("ismail_qaani", "leads", "quds_force")),
    ("\"We back the Peshmerga,\" the United States said.", ("united_states", "backs", "peshmerga")),
    ("The Abbas squad will fight alongside the Iraqi army.", ("Abbas", "allied_with", "iraqi_army")),
    # a pronoun found through itself ("by me" in a quotation) stands for the speaker, and stops
    ("\"Saraya al-Salam was founded by me,\" Muqtada al-Sadr told Al-Hayat.",
     ("muqtada_al_sadr", "founded", "saraya_al_salam")),
    ("Turkey will keep striking PKK positions, the ministry said.", ("turkey", "hostile_to", "pkk")),
    ("Khamenei named Ismail Qaani head of the Quds Force.", ("ismail_qaani", "leads", "quds_force")),
    ("The Iraqi army will retake Mosul from Islamic State, Abadi said.",
     ("islamic_state", "controls", "mosul")),
    ("IS seizes Mosul as army units flee south", ("islamic_state", "controls", "mosul")),  # a headline
    ("Muqtada al-Sadr allies with KDP, Sunni bloc to form majority government",
     ("muqtada_al_sadr", "allied_with", "kurdistan_democratic_party")),
    ("KH targets hit by US jets", ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Asaib Ahl al-Haq (AAH) has gone through a dramatic transformation since its founding in 2006. "
     "Originally, its leader Qais Khazali started the group.",
      ("qais_al_khazali", "leads", "asaib_ahl_al_haq")),
])
def test_what_blogs_war_histories_and_speeches_state(analyse, text, expected):
    """Constructions of specialist blogs and histories of the 2014-17 battles (sets O1 and O2, read this
    session) and of the probes in the style of speeches, in sentences written here."""
    subject, relation, obj = expected
    ex, _, claims = analyse(text)
    if relation is None:
        assert subject in {c.key for c in ex.chains}, ex.chains
        return
    assert stated(claims, expected), claims


@pytest.mark.parametrize("text,wrong", [
    ("The State Department designated the Iraqi Popular Mobilization Forces fighting force Kataib Sayyid "
     "al-Shuhada.", ("us_department_of_state", "sanctioned", "popular_mobilization_forces")),
    ("Kata'ib Hezbollah was not aligned to Iran.", ("kataib_hezbollah", "allied_with", "iran")),
    # an unnamed pronoun in a sentence that names something first is not the group before
    ("Rage Against the Machine named the song Bombtrack. The video depicted support for the Shining Path and "
     "its leader Abimael Guzman.", ("Abimael Guzman", "leads", "Machine")),
    ("AAH was sanctioned. Washington says its leader Qais Khazali is a terrorist.",
     ("qais_al_khazali", "leads", "united_states")),
    # a capture planned, or of part of a country, takes no place
    ("The army prepared for the recapture of Mosul.", ("iraqi_army", "controls", "mosul")),
    ("Kata'ib Hezbollah planned the seizure of Baiji.", ("kataib_hezbollah", "controls", "baiji")),
    ("The Islamic State's sudden capture of much of northern Iraq was a turning point.",
     ("islamic_state", "controls", "iraq")),
    ("\"I was born in Mahabad,\" Masoud Barzani told the students of Kata'ib Hezbollah.",
     ("kataib_hezbollah", "born_in", "Mahabad")),
    ("The brothers of Qais al-Khazali were killed by US forces.",
     ("united_states", "hostile_to", "qais_al_khazali")),
    ("The US accused Kata'ib Hezbollah of using its fighters against protesters.",
     ("united_states", "hostile_to", "kataib_hezbollah")),
    # "we" of a man is his men, his party or his country, not him
    ("\"We fought alongside the Peshmerga against Daesh,\" Amiri said.",
     ("Amiri", "allied_with", "peshmerga")),
    ("\"Iran is our ally,\" Khazali said.", ("iran", "allied_with", "Khazali")),
    # whose words: the quoted man, not one who reports them
    ("Qais al-Khazali recalled that Muqtada al-Sadr once told him: \"I founded the Mahdi Army.\"",
     ("qais_al_khazali", "founded", "mahdi_army")),
    # a threat is no deed
    ("\"We will retake Mosul,\" the Islamic State said.", ("islamic_state", "controls", "mosul")),
    ("Kata'ib Hezbollah will strike US bases.", ("kataib_hezbollah", "hostile_to", "united_states")),
    # "its" at a sentence's start is the one body the sentence before is about
    ("Asa'ib Ahl al-Haq split from the Mahdi Army in 2006. Its leader Qais al-Khazali was detained.",
     ("qais_al_khazali", "leads", "mahdi_army")),
    ("Kata'ib Hezbollah is backed by Iran. Its supreme leader Ali Khamenei has praised the group.",
     ("ali_khamenei", "leads", "kataib_hezbollah")),
    ("The Peshmerga fought the Islamic State. Its commander Sirwan Barzani spoke.",
     ("sirwan_barzani", "leads", "islamic_state")),
    ("Kata'ib Hezbollah and Asa'ib Ahl al-Haq both opposed the deal. Its leader Abu Fadak spoke first.",
     ("abu_fadak_al_mohammadawi", "leads", "asaib_ahl_al_haq")),
    # a taking feared, stopped or threatened did not happen
    ("US airstrikes stopped the Islamic State's seizure of the Mosul Dam.",
     ("islamic_state", "controls", "mosul_dam")),
    ("Fears of the Islamic State's capture of Baghdad grew in June 2014.",
     ("islamic_state", "controls", "baghdad")),
    ("A PMF takeover of Sinjar would threaten the Yazidis.",
     ("popular_mobilization_forces", "controls", "sinjar")),
    ("The Islamic State's near-capture of Baghdad shocked Washington.",
     ("islamic_state", "controls", "baghdad")),
    ("The IRGC proxy force Kata'ib Hezbollah struck the embassy.", ("kataib_hezbollah", "part_of", "irgc")),
    ("Saraya al-Salam never became one of the militias backed by Iran.",
     ("iran", "backs", "saraya_al_salam")),
    # "its" where the sentence before names more than its subject: whose?
    ("Kata'ib Hezbollah fought the Islamic State in Jurf al-Sakhar. Its leader Abu Bakr al-Baghdadi fled.",
     ("abu_bakr_al_baghdadi", "leads", "kataib_hezbollah")),
    ("KH struck Ain al-Asad air base. Its commander Colonel John Smith spoke.",
     ("John Smith", "leads", "kataib_hezbollah")),
    ("The Ministry of Interior is controlled by Badr. Its leader Hadi al-Amiri denies this.",
     ("hadi_al_amiri", "leads", "iraqi_ministry_of_interior")),
    # a pledge in the first person, a man's government, a name denied
    ("\"We will join the PMF,\" Saraya al-Salam said.",
     ("saraya_al_salam", "part_of", "popular_mobilization_forces")),
    ("\"My government supports the Peshmerga,\" Sudani said.", ("Sudani", "backs", "peshmerga")),
    ("The PMF, allied to neither the Americans nor the Iranians, says it serves Iraq.",
     ("popular_mobilization_forces", "allied_with", "iran")),
    ("The US accused KH of attacking its own members.", ("united_states", "hostile_to", "kataib_hezbollah")),
    ("The Islamic State's capture of Baghdad was only a rumour.", ("islamic_state", "controls", "baghdad")),
    ("The Islamic State's rumoured capture of Samarra was denied by the army.",
     ("islamic_state", "controls", "samarra")),
    ("Reports of the PMF's capture of Tal Afar were false, the ministry said.",
     ("popular_mobilization_forces", "controls", "tal_afar")),
    ("The recapture of Mosul by Iraqi forces is imminent, the minister said.",
     ("iraqi_security_forces", "controls", "mosul")),
    ("Muhandis planned the PMF's capture of Baiji.", ("popular_mobilization_forces", "controls", "baiji")),
    ("Kata'ib Hezbollah fired rockets at Baghdad airport. Its director Ali Hussein said flights continued.",
     ("Ali Hussein", "leads", "kataib_hezbollah")),
    ("\"I founded Saraya al-Salam in 2014,\" Sadr and Amiri said.", ("Sadr", "founded", "saraya_al_salam")),
    ("Khamenei named Qaani head of the Quds Force.", ("Khamenei", "leads", "quds_force")),
    ("The Peshmerga said its fighters were killed by Islamic State, not by Turkish strikes.",
     ("peshmerga", "hostile_to", "turkey")),
    ("Muhandis started the training of Kata'ib Hezbollah fighters in Iran.",
     ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah")),
    ("Rab' Allah is a new militia group. The majority of its members come from other groups. Its members "
     "consist mainly of other militia groups, including Kata'ib Hezbollah.",
      ("kataib_hezbollah", "part_of", "rab_allah")),
])
def test_what_blogs_war_histories_and_speeches_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


def test_an_authors_own_i_is_no_one_named(analyse):
    """Outside quotation marks "I" is the writer, whom the text does not name."""
    _, _, claims = analyse("I founded Saraya al-Salam, the author claims.")
    assert not {c for c in claims if c[1] == "founded"}, claims


@pytest.mark.parametrize("text,expected", [
    # a quotation whose speaker is "he", the one man the text is about; one running over sentences
    ("Hadi al-Amiri spoke to reporters in Baghdad on Monday. \"I founded the Badr Organization in 1982,\" "
     "he said.", ("hadi_al_amiri", "founded", "badr_organization")),
    ("Hadi al-Amiri spoke to reporters on Monday. \"The war was long. I founded the Badr Organization in "
     "1982,\" Amiri said.", ("hadi_al_amiri", "founded", "badr_organization")),
    ("Hadi al-Amiri met reporters on Monday. He said: \"The war was long. I founded the Badr Organization "
     "in 1982.\"", ("hadi_al_amiri", "founded", "badr_organization")),
    # an interview's transcript: the answer is the man named before the colon
    ("Rudaw: Who founded the Badr Organization?\nHadi al-Amiri: I founded the Badr Organization in 1982.",
     ("hadi_al_amiri", "founded", "badr_organization")),
    # a demonym before a named force leaves the force named
    ("Iraqi Kurdish Peshmerga forces fought the Islamic State near Kirkuk.",
     ("peshmerga", "hostile_to", "islamic_state")),
    # an arrest or a detention is force used against the one held (as a capture is)
    ("US forces arrested Kata'ib Hezbollah fighters in Basra in 2007.",
     ("united_states", "hostile_to", "kataib_hezbollah")),
    ("Iraqi security forces detained dozens of Kata'ib Hezbollah members in Baghdad.",
     ("iraqi_security_forces", "hostile_to", "kataib_hezbollah")),
    # names written with or without the points, or in the plural
    ("The US Treasury Department imposed sanctions on Rayan al-Kildani.",
     ("us_department_of_the_treasury", "sanctioned", "rayan_al_kildani")),
    ("Multinational Forces Iraq killed Azhar al Dulaimi, the leader of the Karbala attack.",
     ("multi_national_force_iraq", "killed", "Azhar al Dulaimi")),
    ("Sinjar was recaptured from ISIS by YBS and Peshmerga forces.", ("peshmerga", "controls", "sinjar")),
    # "the cleric" after a sentence that names one man, who holds none of its subject slots
    ("Nouri al-Maliki ordered the offensive. Maliki sent troops to Basra. The problem was the Mahdi Army, "
     "led by Muqtada al-Sadr. The cleric enjoyed massive military support from Iran. Maliki acted.",
     ("iran", "backs", "muqtada_al_sadr")),
    ("Rayan al-Kildani, a Chaldean Catholic with close ties to the Badr Organization, leads the group.",
     ("rayan_al_kildani", "allied_with", "badr_organization")),
    ("Three Iranian-backed Special Groups operatives were detained.", ("iran", "backs", "special_groups")),
    ("The Righteous League, a band of Iranian-backed Shia militants, was formed in 2006.",
     ("iran", "backs", "asaib_ahl_al_haq")),
    ("Qais al-Khazali was the commander of a military brigade within Muqtada al-Sadr's Mahdi Army.",
     ("qais_al_khazali", "member_of", "mahdi_army")),
    ("The problem was the Sadrist movement and its militia, the Mahdi Army.",
     ("mahdi_army", "part_of", "sadrist_movement")),
    ("The Babylon Brigades is a Christian militia. Rayan al-Kildani, the brigade's founder, is a politician.",
     ("rayan_al_kildani", "founded", "kataib_babiliyoun")),
    # "the group" after a clause of its own that names it
    ("When ISIS attacked Sinjar in August 2014, Haider Shasho, a former member of the PUK, fought the group "
     "near the shrine.", ("Haider Shasho", "hostile_to", "islamic_state")),
    ("Since the ISIS attack on Sinjar, YBS, established with the support of the Kurdistan Workers Party "
     "(PKK), has been targeted by Turkey.", ("pkk", "backs", "sinjar_resistance_units")),
    ("The Babylon Brigades was founded by the Iranian-controlled Kata'ib al-Imam Ali.",
     ("iran", "backs", "kataib_al_imam_ali")),
    # a passive designation: by the body that says so, or that imposed sanctions just before
    ("The U.S. Treasury Department said on July 18 that Ahmed al-Juburi and Nawfal Hammadi al-Sultan were "
     "designated for corruption.", ("us_department_of_the_treasury", "sanctioned", "Ahmed al-Juburi")),
    ("The United States has imposed sanctions on two former governors and two militia leaders. The two "
     "militia leaders, Rayan al-Kildani and Waad Qado, were both sanctioned for abuses.",
     ("united_states", "sanctioned", "rayan_al_kildani")),
    ("The church said it has no affiliation with the Babylon Brigades or its leader, Rayan al-Kildani.",
     ("rayan_al_kildani", "leads", "kataib_babiliyoun")),
    ("The 30th Brigade was organized by the Badr Organization.",
     ("badr_organization", "founded", "30th Brigade")),
    ("Elements of Asa'ib Ahl al-Haq fought alongside Hezbollah in Syria.",
     ("asaib_ahl_al_haq", "allied_with", "lebanese_hezbollah")),
    # an operation launched to drive an enemy out is a fight with it, whatever its outcome
    ("In 2018 the Iraqi army launched an operation to force out the Sinjar Resistance Units (YBS) from "
     "Sinjar.",
     ("iraqi_army", "hostile_to", "sinjar_resistance_units")),
    ("Being a founding member of the Sinjar Alliance, the YBS works alongside the YJE.",
     ("sinjar_resistance_units", "part_of", "Sinjar Alliance")),
    ("Muqtada al-Sadr, the upstart cleric whose Mahdi Army was allowed to withdraw intact, left Najaf.",
     ("muqtada_al_sadr", "leads", "mahdi_army")),
    # militia statements and claims, interviews and press conferences (probes written for this session)
    ("The IRGC fired missiles at a house in Erbil, killing businessman Peshraw Dizayee.",
     ("irgc", "killed", "Peshraw Dizayee")),
    ("The Pentagon said Kata'ib Hezbollah, Harakat al-Nujaba and Kata'ib Sayyid al-Shuhada, all members of "
     "the Islamic Resistance in Iraq, were responsible for the attacks.",
     ("kataib_hezbollah", "part_of", "islamic_resistance_in_iraq")),
    ("A group calling itself Saraya Awliya al-Dam claimed responsibility for a rocket attack targeting "
     "US-led coalition forces at Erbil airport.", ("saraya_awliya_al_dam", "hostile_to", "us_led_coalition")),
    ("Reporter: Sheikh Akram, as secretary-general of Nujaba, has the government asked you to stop?",
     ("Sheikh Akram", "leads", "harakat_hezbollah_al_nujaba")),
    ("\"We are part of the Popular Mobilization Forces,\" Asa'ib Ahl al-Haq leader Qais al-Khazali said.",
     ("asaib_ahl_al_haq", "part_of", "popular_mobilization_forces")),
    ("\"Iran gave us weapons,\" Abu Alaa al-Walai, the secretary-general of Kata'ib Sayyid al-Shuhada, said.",
     ("iran", "backs", "kataib_sayyid_al_shuhada")),
    ("Al-Hurra: What is your relationship with the Guard?\nAkram al-Kaabi: The Islamic Republic of Iran "
     "supports Nujaba with advice.", ("iran", "backs", "harakat_hezbollah_al_nujaba")),
    ("Iraqi Security Forces and Peshmerga forces launched a joint operation against Islamic State cells.",
     ("peshmerga", "hostile_to", "islamic_state")),
    # interviews: "we" is the body the answering man leads; "him" is not the man answering; a question
    # asking why takes its event as given
    ("Qais al-Khazali: I lead Asa'ib Ahl al-Haq, and we are part of the Popular Mobilization Forces.",
     ("asaib_ahl_al_haq", "part_of", "popular_mobilization_forces")),
    ("Al-Mayadeen: Who killed Abu Mahdi al-Muhandis?\nQais al-Khazali: The Americans killed him.",
     ("united_states", "killed", "abu_mahdi_al_muhandis")),
    ("Why did the US kill Qasem Soleimani in Baghdad and not in Damascus?",
     ("united_states", "killed", "qasem_soleimani")),
    ("Turkey targets the PKK in Sinjar for backing the YBS, Ankara says.", ("turkey", "hostile_to", "pkk")),
    # the umbrella's numbered brigade names two actors (the ontology's own example)
    ("Kata'ib al-Imam Ali (PMF brigade 40) fought in Tikrit and Baiji.",
     ("kataib_al_imam_ali", "part_of", "popular_mobilization_forces")),
    # academic prose: a post said with a noun, command that passes, a designation's agent after its label
    ("The appointment of Falih al-Fayyadh as chairman of the Popular Mobilization Commission was "
     "criticised.",
     ("falih_al_fayyadh", "leads", "popular_mobilization_forces")),
    ("Nouri al-Maliki's tenure as prime minister of Iraq ended in 2014.",
     ("nouri_al_maliki", "leads", "iraq")),
    ("Following Soleimani's death, command of the Quds Force passed to Esmail Qaani.",
     ("ismail_qaani", "leads", "quds_force")),
    ("The designation of Asa'ib Ahl al-Haq as a Foreign Terrorist Organization by the US Department of State "
     "followed.", ("us_department_of_state", "sanctioned", "asaib_ahl_al_haq")),
])
def test_what_interviews_and_quotations_state(analyse, text, expected):
    """Constructions of interviews, profiles that quote their subject and news reports, in sentences
    written here (the eighteenth session)."""
    ex, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize("text,wrong", [
    # a question asserts nothing, nor does an interviewer's label
    ("Rudaw: Who founded Badr?\nHadi al-Amiri: We did.", ("rudaw", "founded", "badr_organization")),
    ("Did Iran found Kata'ib Hezbollah?", ("iran", "founded", "kataib_hezbollah")),
    # "I" of a quotation whose speaker could be either man
    ("Hadi al-Amiri met Nouri al-Maliki and Qais al-Khazali. \"I founded the Badr Organization,\" one "
     "of them said.", ("hadi_al_amiri", "founded", "badr_organization")),
    # the writer's "I" in a paragraph that opens with no speaker's name
    ("Note: I founded Saraya al-Salam, the author claims.", ("Note", "founded", "saraya_al_salam")),
    ("Iraqi militias attacked US forces in Baghdad.", ("iraq", "hostile_to", "united_states")),
    # one brigade of an umbrella is not the umbrella
    ("Qado, a.k.a. Abu Jaafar al-Shabaki, and his PMF brigade have frequently been cited for abuses.",
     ("Abu Jaafar al-Shabaki", "leads", "popular_mobilization_forces")),
    # a threat made by planning another's attacks is no fight with the attackers
    ("Shahlai threatens the peace and stability of Iraq by planning Jaysh al-Mahdi (JAM or Mahdi Army) "
     "Special Groups attacks against Coalition Forces in Iraq, Treasury stated.",
     ("Shahlai", "hostile_to", "special_groups")),
    # a man's stance is no fight; a ruling coalition is no state
    ("The anti-American cleric Muqtada al-Sadr spoke in Najaf.",
     ("muqtada_al_sadr", "hostile_to", "united_states")),
    ("Muqtada al-Sadr was part of the Iraqi ruling coalition.", ("muqtada_al_sadr", "member_of", "iraq")),
    # the militia a man leads is not his ally
    ("Muqtada al-Sadr and his militia, the Mahdi Army, fought US troops.",
     ("muqtada_al_sadr", "allied_with", "mahdi_army")),
    ("Nouri al-Maliki ordered the offensive. Maliki sent troops to Basra. The problem was the Mahdi Army, "
     "led by Muqtada al-Sadr. The cleric enjoyed massive military support from Iran. Maliki acted.",
     ("iran", "backs", "nouri_al_maliki")),
    ("Since the ISIS attack on Sinjar, YBS, established with the support of the Kurdistan Workers Party "
     "(PKK), has been targeted by Turkey.", ("pkk", "backs", "islamic_state")),
    # targeted for what it did: with sanctions, not by force
    ("The Treasury sanctioned five men. The US continues to target Iran's Qods Force for backing Shia terror "
     "groups inside Iraq.", ("united_states", "hostile_to", "quds_force")),
    ("Asayish forces arrested dozens of PKK supporters in Sulaymaniyah after the clashes.",
     ("asayish", "hostile_to", "pkk")),
    ("The Chaldean Catholic Church said it has no affiliation with the Babylon Brigades or its leader, Rayan "
     "al-Kildani.", ("rayan_al_kildani", "leads", "Chaldean Catholic Church")),
    ("Human Rights Watch said Rayan al-Kildani was sanctioned in 2019.",
     ("Human Rights Watch", "sanctioned", "rayan_al_kildani")),
    # a brigade of the group the relative clause is about does not fight it
    ("Kata'ib Hezbollah, whose Saraya al-Dafa brigade fought in Syria, is backed by Iran.",
     ("kataib_hezbollah", "hostile_to", "Saraya al-Dafa")),
    ("Badr organized a rally in Baghdad.", ("badr_organization", "founded", "baghdad")),
    # out of the domain: influence is no backing, an arrest of one man or of staff is no fight, a people
    # named by its demonym is no state
    ("The Qatar-influenced Al Jazeera network covered the war live.", ("qatar", "backs", "Al Jazeera")),
    ("The FBI arrested Asif Merchant in July 2024.", ("FBI", "hostile_to", "Asif Merchant")),
    ("The Houthis detained 11 United Nations staff members in Sanaa.",
     ("houthis", "hostile_to", "united_nations")),
    ("The National Resistance Front, established with the support of Tajik exiles, held Panjshir.",
     ("tajikistan", "backs", "National Resistance Front")),
    ("The Yemeni elements of the Islamic State were defeated by the Houthis.",
     ("yemen", "hostile_to", "houthis")),
    # Re-DocRED's introductions: "he" stays the man the text is about when the sentence before names
    # another in passing; a festival organised is not founded; a name that qualifies a unit is no whole
    ("Laurence Keitt was a congressman. In 1858 he attempted to choke Representative Galusha Grow. When the "
     "war began, he served as a colonel in the Confederate States Army.",
     ("Galusha Grow", "member_of", "Confederate States Army")),
    ("The International Music Festival has been organised in Warsaw since 2005 by the Fryderyk Chopin "
     "Institute.", ("Fryderyk Chopin Institute", "founded", "International Music Festival")),
    ("In 1607 Zakhary Lyapunov became a commander of a unit of the Ryazan dvoryane.",
     ("Zakhary Lyapunov", "member_of", "Ryazan")),
    # a condition inverted; the one who appoints holds no post
    ("Had US troops attacked Kata'ib Hezbollah in 2007, the group might never have grown.",
     ("united_states", "hostile_to", "kataib_hezbollah")),
    ("Khamenei's appointment of Esmail Qaani as commander of the Quds Force was announced.",
     ("ali_khamenei", "leads", "quds_force")),
    # the name that labels an answer is no argument in it; "he" after two men is neither
    ("Al-Hurra: What is your relationship with the Guard?\nAkram al-Kaabi: The Islamic Republic supports "
     "Nujaba with advice.", ("akram_al_kaabi", "backs", "harakat_hezbollah_al_nujaba")),
    ("Muqtada al-Sadr and Hadi al-Amiri met in Najaf. \"I support the Peshmerga,\" he said.",
     ("muqtada_al_sadr", "backs", "peshmerga")),
    # "the brigade" is a brigade named before, not the umbrella nor a group named after it
    ("Rayan al-Kildani leads the Babylon Brigades. His PMF brigade claims to protect Christians. The "
     "brigade's political wing, the Babylon Movement, won four seats.",
     ("Babylon Movement", "part_of", "popular_mobilization_forces")),
    ("The 30th Brigade was formed from Shabak volunteers in 2014. The brigade is commanded by Waad Qado. It "
     "is affiliated with the Badr Organization.", ("Waad Qado", "leads", "badr_organization")),
    # sanctions condemned or welcomed were not imposed; an act's actor is not whom "its" stands for after it
    ("The Iraqi government condemned the sanctions. Falih al-Fayyadh was sanctioned in January 2021.",
     ("iraq", "sanctioned", "falih_al_fayyadh")),
    ("The designation of Asa'ib Ahl al-Haq followed the US Treasury's sanctioning of its leader Qais "
     "al-Khazali.", ("qais_al_khazali", "leads", "us_department_of_the_treasury")),
    ("The proposed appointment of Hadi al-Amiri as head of the Interior Ministry was blocked.",
     ("hadi_al_amiri", "leads", "iraqi_ministry_of_interior")),
    ("\"We fought Daesh in Diyala,\" Hadi al-Amiri said.",
     ("badr_organization", "hostile_to", "islamic_state")),
    # the "he" who says a quotation is the man before it, not one the quotation names
    ("Hadi al-Amiri spoke on Tuesday. \"After Saddam executed Mohammed Baqir al-Sadr, I founded the Badr "
     "Organization,\" he said.", ("Mohammed Baqir al-Sadr", "founded", "badr_organization")),
    # an arrest on charges or of a journalist is the law's; a man orders arrests, forces make them; "him" is
    # never a man first named after it
    ("The Counter-Terrorism Service detained Qasim Muslih, the PMF commander in Anbar, on charges linked to "
     "a killing.", ("counter_terrorism_service", "hostile_to", "qasim_muslih")),
    ("The Asayish arrested Kurdish journalist Sherwan Sherwani in October 2020.",
     ("asayish", "hostile_to", "Sherwan Sherwani")),
    ("Bafel Talabani ordered security forces to arrest his cousin Lahur Sheikh Jangi.",
     ("bafel_talabani", "hostile_to", "lahur_sheikh_jangi")),
    ("The Americans arrested him, then released him in a prisoner exchange for British hostage Peter Moore.",
     ("united_states", "hostile_to", "Peter Moore")),
    # ties of a brigade are not its owner's; "the KDP's Peshmerga forces" are the Peshmerga
    ("Rayan al-Kildani's Brigade 50, a brigade with close ties to Badr, controls Tel Keppe.",
     ("rayan_al_kildani", "allied_with", "badr_organization")),
    ("The KDP's Peshmerga forces are commanded by Sirwan Barzani.",
     ("Sirwan Barzani", "leads", "kurdistan_democratic_party")),
])
def test_what_interviews_and_quotations_misread(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize("text,expected", [
    # a body formed for a fight fights; "counter" an armed group is a fight
    ("The Hashd, set up in 2014 to fight Daesh, now has its own budget.",
     ("popular_mobilization_forces", "hostile_to", "islamic_state")),
    ("The PMF, created in June 2014 to counter the Islamic State, grew quickly.",
     ("popular_mobilization_forces", "hostile_to", "islamic_state")),
    # a faction in a front is part of it; a state named by its demonym after a hyphen form is not the group
    ("Harakat al-Nujaba is the second-largest faction in the Islamic Resistance in Iraq.",
     ("harakat_hezbollah_al_nujaba", "part_of", "islamic_resistance_in_iraq")),
    ("The Iran-backed Iraqi militia Asa'ib Ahl al-Haq denied any role.",
     ("iran", "backs", "asaib_ahl_al_haq")),
    ("The Tehran-aligned Iraqi faction Kataib Hezbollah said it would halt its attacks.",
     ("iran", "allied_with", "kataib_hezbollah")),
    # a demonym before a backer names the state that backs
    ("Investigators say Qais al-Khazali and his Iranian patrons planned the raid.",
     ("iran", "backs", "qais_al_khazali")),
    # war gone to by two sides; one killed while fighting fought
    ("Hezbollah and Israel went to war again in 2024.", ("lebanese_hezbollah", "hostile_to", "israel")),
    ("Abu Taha al-Muhandis was killed while fighting the Islamic State near Baiji.",
     ("Abu Taha al-Muhandis", "hostile_to", "islamic_state")),
    # a unit or a cell killed is the group's
    ("The Counter-Terrorism Service killed an entire Islamic State cell in the Hamrin mountains.",
     ("counter_terrorism_service", "hostile_to", "islamic_state")),
    # an adviser to a commander serves his force; the Houthis named by their adjective
    ("The adviser to the commander of the Quds Force, Hossein Hamedani, visited Baghdad.",
     ("Hossein Hamedani", "member_of", "quds_force")),
    ("Houthi military spokesman Yahya Saree announced the joint operation.",
     ("Yahya Saree", "member_of", "houthis")),
    ("Abdul-Malik al-Houthi, leader of the Houthi movement, praised the Iraqi factions.",
     ("abdul_malik_al_houthi", "leads", "houthis")),
    # what the second round of reviews found both versions missed
    ("Sudani named Abdul Wahab al-Saadi head of the Counter-Terrorism Service.",
     ("abdul_wahab_al_saadi", "leads", "counter_terrorism_service")),
    ("Kata'ib Hezbollah and Badr are among the PMF's core factions.",
     ("badr_organization", "part_of", "popular_mobilization_forces")),
    ("Asa'ib Ahl al-Haq has a political wing, the Sadiqoun bloc.",
     ("sadiqoun", "part_of", "asaib_ahl_al_haq")),
    ("Kata'ib al-Imam Ali, PMF brigade 40, fought in Amerli.",
     ("kataib_al_imam_ali", "part_of", "popular_mobilization_forces")),
    ("Nouri al-Maliki has long been an ally of Tehran.", ("nouri_al_maliki", "allied_with", "iran")),
    ("Many groups formed after the 2003 US-led invasion that toppled Saddam Hussein.",
     ("united_states", "hostile_to", "saddam_hussein")),
    ("He joined the Badr Corps, which fought with Iran against Saddam Hussein in the 1980s.",
     ("badr_organization", "allied_with", "iran")),
    ("A Turkish drone struck a vehicle of the Sinjar Resistance Units near Sinuni.",
     ("turkey", "hostile_to", "sinjar_resistance_units")),
])
def test_what_regional_reporting_states(analyse, text, expected):
    """Constructions of Gulf, Arab and regional reporting on the militias, in sentences written here (the
    nineteenth session)."""
    ex, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize("text,wrong", [
    # a title apposed to a man listed is his post, not a second body listed
    ("The Treasury blacklisted Abu Zainab al-Lami, the PMF security chief, in 2019.",
     ("us_department_of_the_treasury", "sanctioned", "popular_mobilization_forces")),
    # a spokesman for a commander-in-chief does not lead the forces
    ("Spokesman for the Commander-in-Chief of the Armed Forces, Brigadier General Tahsin al-Khafaji, spoke.",
     ("Tahsin al-Khafaji", "leads", "iraqi_armed_forces")),
    # factions named by a demonym are not the state
    ("Talks on coordination between the Houthis and Iraqi factions went on.",
     ("houthis", "allied_with", "iraq")),
    # "its own links" are the group's whose clause it is, not the last name before
    ("Ahrar al-Sham, a group that copies the Taliban and keeps its own links to al-Qaeda, denied it.",
     ("ahrar_al_sham", "allied_with", "Taliban")),
    # a state is countered by policy, not by force; a TV channel is no man
    ("Washington countered Iran by sanctioning its banks.", ("united_states", "hostile_to", "iran")),
    ("Speaking to Al-Sharqiya TV, Jordan's foreign minister Ayman Safadi warned Iran.",
     ("Al-Sharqiya TV", "member_of", "jordan")),
    # "al-Houthi" is the man's nisba, not the movement
    ("Abdul-Malik al-Houthi spoke. Al-Houthi said the Iraqi factions were brothers.",
     ("houthis", "allied_with", "iraq")),
    # a war nearly gone to did not happen; leading operations leads no body; commanding a region's forces
    # is commanding some of them
    ("Baghdad and Erbil almost went to war over Kirkuk in 2017.", ("iraq", "hostile_to", "kurdistan_region")),
    ("The Peshmerga and the PMF nearly went to war in 2016.",
     ("peshmerga", "hostile_to", "popular_mobilization_forces")),
    ("Abu Taha al-Muhandis was wounded while leading PMF operations near Baiji.",
     ("Abu Taha al-Muhandis", "leads", "popular_mobilization_forces")),
    ("Abdul-Malik al-Houthi's brother commands the Houthi forces in the Saada region.",
     ("abdul_malik_al_houthi", "leads", "houthis")),
    ("Yusuf al-Madani commands the Houthi forces in the Hodeidah region.",
     ("Yusuf al-Madani", "leads", "houthis")),
    # the third round: a name after the comma that closes a relative clause is the next clause's subject;
    # a province's forces are some of the army's
    ("After the US-led invasion that toppled Saddam, Abu Musab al-Zarqawi founded al-Qaeda in Iraq.",
     ("united_states", "hostile_to", "abu_musab_al_zarqawi")),
    ("Lieutenant General Abdul-Amir Yarallah commands the Iraqi forces in Nineveh.",
     ("abdul_amir_yarallah", "leads", "iraqi_security_forces")),
])
def test_what_regional_reporting_misreads(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize("text,expected", [
    # a mayor runs a town, whatever the model took the town for
    ("Ihsan Chelebi, the mayor of Bradost, said the strike killed two guards.",
     ("Ihsan Chelebi", "controls", "Bradost")),
    # a man of another family's given name is his own man, killed as such
    ("A Turkish drone killed Mehmet Erdogan, commander of the PKK, near Makhmour.",
     ("turkey", "killed", "Mehmet Erdogan")),
    # a participle set off by commas, which the parse reads as an active verb
    ("The PKK, considered a terrorist group by Ankara, denied the attack.", ("turkey", "sanctioned", "pkk")),
    # a title after a qualifier of office; a fronted title with the body's branch in a place
    ("Turkish presidential spokesman Ibrahim Kalin condemned the killings.",
     ("Ibrahim Kalin", "member_of", "turkey")),
    ("Iraqi government spokesman, Basim al-Awadi, said the talks would go on.",
     ("Basim al-Awadi", "member_of", "iraq")),
    ("The top official of the Patriotic Union of Kurdistan (PUK) in Mosul, Xeyas Surci, said it was hit.",
     ("Xeyas Surci", "member_of", "patriotic_union_of_kurdistan")),
    # a commander of a group's forces in a place is one of its commanders
    ("Mehmet Dogan, commander of PKK forces in Kirkuk and Makhmour, was killed.",
     ("Mehmet Dogan", "member_of", "pkk")),
    # a joint operation of two states is both states' deed; a killing at someone's hands is theirs
    ("Abu Ayyub al-Masri was killed in a joint Iraqi-U.S. operation.",
     ("iraq", "killed", "abu_ayyub_al_masri")),
    ("Abu Ayyub al-Masri was killed in a joint Iraqi-U.S. operation.",
     ("united_states", "killed", "abu_ayyub_al_masri")),
    ("Abu al-Hasan al-Qurashi was killed in October at the hands of the Free Syrian Army (FSA).",
     ("free_syrian_army", "killed", "Abu al-Hasan al-Qurashi")),
    # a kunya with a nisba is a man even where the model took it for an organisation
    ("Abu Musab al-Zarqawi's successor, Abu Ayoub al-Masri, declared the new state.",
     ("Abu Ayoub al-Masri", "succeeded", "abu_musab_al_zarqawi")),
    # a fronted description apposed to the name the parse hung elsewhere
    ("The U.S. partner force in Syria, the Syrian Democratic Forces (SDF), denied any role.",
     ("united_states", "allied_with", "syrian_democratic_forces")),
    # allegiance pledged; a force formed, or a body an alliance of groups formed, to fight
    ("In late 2004 Zarqawi pledged allegiance to Osama bin Laden.",
     ("Zarqawi", "allied_with", "osama_bin_laden")),
    ("The Hashd al-Shaabi, an alliance of mainly Shiite armed groups formed to fight Daesh, denied it.",
     ("popular_mobilization_forces", "hostile_to", "islamic_state")),
    ("The Popular Mobilization Forces, established in 2014 to counter the advances of the Islamic State, "
     "grew.",
     ("popular_mobilization_forces", "hostile_to", "islamic_state")),
    # "its" after a participle that describes the body: the body's, not the one inside the participle
    ("After Zarqawi's death the creation of the Islamic State of Iraq, then affiliated with al-Qaeda, was "
     "announced. Abu Omar al-Baghdadi was chosen as its first emir.",
     ("abu_omar_al_baghdadi", "leads", "islamic_state_of_iraq")),
    # two actors joined by a hyphen or a slash both act, or are both acted on
    ("A joint Iraqi-US raid in Anbar province killed 15 Islamic State fighters.",
     ("iraq", "hostile_to", "islamic_state")),
    ("Washington has long been accused of backing the PKK/YPG.",
     ("united_states", "backs", "peoples_protection_units")),
    # a gloss in square brackets, as monitoring digests print them, is read as one in parentheses
    ("Al-Ahad TV reported that Hassan Jabbar al-Maliki, commander of the Hashd [PMF]'s 42nd Brigade, was "
     "killed.", ("Hassan Jabbar al-Maliki", "leads", "42nd Brigade")),
    ("Mehr recalled that Qasem Soleimani [Qassem Sulaymani] led the Quds Force for two decades.",
     ("qasem_soleimani", "leads", "quds_force")),
    # a founding father founded; a commander on a front in a place is one of the force's commanders; a
    # demonym after a place's comma is no locator of the place
    ("Jihadists widely believe that Zarqawi is the real founding father of IS.",
     ("Zarqawi", "founded", "islamic_state")),
    ("Militias are unorganized, said Mustafa Chawrash, the Peshmerga commander on the frontline in Kirkuk.",
     ("Mustafa Chawrash", "member_of", "peshmerga")),
    ("Abu Khadija was killed in Anbar, Iraqi Prime Minister Mohammed Shia al-Sudani said.",
     ("mohammed_shia_al_sudani", "leads", "iraq")),
    # a spaced hyphen sets off what a man is, as a comma does
    ("Hadi al-Amiri - Secretary-General, Badr Organization", ("hadi_al_amiri", "leads", "badr_organization")),
    # what a body became is it
    ("Badr later split from the Supreme Council and became an independent movement led by Hadi al-Amiri.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    # a gloss between a man's group and its kind, and an editor's insertion in a title, are read past
    ("Muqtada al-Sadr ordered the dissolution of his Saraya al-Salam [Peace Brigades] militia in Bu Aitha.",
     ("muqtada_al_sadr", "leads", "saraya_al_salam")),
    ("Abu Ali al-Askari, the [Kata'ib Hezbollah] security official, praised the attack.",
     ("abu_ali_al_askari", "member_of", "kataib_hezbollah")),
])
def test_what_prosecutions_kurdish_and_jihadist_reporting_states(analyse, text, expected):
    """Constructions of Turkish, Kurdish, court and jihadist-lineage reporting, in sentences written here
    (the twentieth session)."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize("text,wrong", [
    ("A Turkish drone killed Mehmet Erdogan, commander of the PKK, near Makhmour.",
     ("turkey", "killed", "recep_tayyip_erdogan")),
    ("Mehmet Dogan, commander of PKK forces in Kirkuk and Makhmour, was killed.",
     ("Mehmet Dogan", "leads", "pkk")),
    # a plural title before a comma is the men counted, not the one who speaks after it
    ("Drones killed five men, including at least two members of the PKK, mayor Hemin Bahjat told Rudaw.",
     ("Hemin Bahjat", "member_of", "pkk")),
    # announcing a killing is not killing
    ("US President Donald Trump also announced the killing of Abdullah al-Rifai in a post.",
     ("donald_trump", "killed", "Abdullah al-Rifai")),
    # what a governor of a bank runs is a bank, not a town
    ("Ali Allaq, the governor of the Central Bank of Iraq, resigned.",
     ("Ali Allaq", "controls", "Central Bank of Iraq")),
    ("After Zarqawi's death the creation of the Islamic State of Iraq, then affiliated with al-Qaeda, was "
     "announced. Abu Omar al-Baghdadi was chosen as its first emir.",
     ("abu_omar_al_baghdadi", "leads", "al_qaeda")),
    # a pair's hyphen in a war's name joins two sides, not two agents
    ("The regime took power after the Cambodian-Vietnamese War, which overthrew the Khmer Rouge regime.",
     ("Cambodian", "hostile_to", "Khmer Rouge")),
    # members pledging are not their group; an operation's name kills no one; a tie that says why each man
    # was listed is no alliance of his
    ("Several hundred members of Ansar al-Islam in Kirkuk pledged allegiance to Islamic State.",
     ("Ansar al-Islam", "allied_with", "islamic_state")),
    ("The ministry released the names of the soldiers killed in the Claw-Eagle operation:\n"
     "- Sgt. Mehmet Yilmaz\n- Lt. Emre Demir", ("Claw-Eagle", "killed", "Mehmet Yilmaz")),
    ("The U.S. Treasury sanctioned the following individuals linked to the Houthis:\n"
     "- Sa'id al-Jamal, an Iran-based financier\n- Mohammed Abdulsalam, the group's chief negotiator",
     ("Sa'id al-Jamal", "allied_with", "houthis")),
    ("Mehr reported that National Security Adviser Qasim al-Araji [Qassem al-Aaraji] and Ali Shamkhani "
     "signed a security pact.", ("qasim_al_araji", "allied_with", "Qassem al-Aaraji")),
    # a join that is only planned; the source a sentence cites does not act in it; a town, or a site, is
    # no actor attacked
    ("The Kurdistan Democratic Party's Unit 80 is to officially join the Peshmerga ministry.",
     ("kurdistan_democratic_party", "part_of", "ministry_of_peshmerga_affairs")),
    ("According to Kurdish Brig. Gen. Rasool Kadir, the withdrawal occurred in coordination with the Iraqi "
     "military.", ("Rasool Kadir", "allied_with", "iraqi_armed_forces")),
    ("Hundreds of Syrian Kurdish Peshmerga fighters attacked the Yazidi town, Khanasor, on Friday.",
     ("Syrian Kurdish Peshmerga", "hostile_to", "Khanasor")),
    ("They said it was an Iraqi army mortar attack on Al-Walid crossing.",
     ("iraqi_army", "hostile_to", "Al-Walid")),
])
def test_what_prosecutions_kurdish_and_jihadist_reporting_misreads(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims


@pytest.mark.parametrize("text,expected", [
    # a participle the small model tags as a noun between two names
    ("The US-led coalition fighting ISIS announced the strike.",
     ("us_led_coalition", "hostile_to", "islamic_state")),
    # control of a place taken from its holder; clashes named by a pair are a clash, whenever they fell
    ("Iraqi forces wrested control of Kirkuk from the Peshmerga.",
     ("iraqi_security_forces", "hostile_to", "peshmerga")),
    ("Mortars were fired during Peshmerga-PMF clashes.",
     ("peshmerga", "hostile_to", "popular_mobilization_forces")),
    # a place a pronoun says whose
    ("Abu Bakr al-Baghdadi hid in Syria. US forces attacked his compound.",
     ("united_states", "hostile_to", "abu_bakr_al_baghdadi")),
    # the name a stance or a hyphen form describes, past a demonym and a sect, is the argument
    ("Attacks were carried out by an Iranian-backed Iraqi Shia militia, Saraya Awliya al-Dam.",
     ("iran", "backs", "saraya_awliya_al_dam")),
    ("The Muhandis General Company has ties to the pro-Iran Kataib Hezbollah armed group.",
     ("Muhandis General Company", "allied_with", "kataib_hezbollah")),
    ("The firm is run by U.S.-designated Kata'ib Hizballah leader Abd al-Aziz al-Muhammadawi.",
     ("united_states", "sanctioned", "Abd al-Aziz al-Muhammadawi")),
    ("Maytham al-Zaidi, commander of the Al-Abbas Combat Division Shia militia, spoke in Karbala.",
     ("Maytham al-Zaidi", "leads", "abbas_combat_division")),
    # a list a lead-in's hyphen form describes; a numbered unit of a possessor's force
    ("Here are the Iran-backed militias you need to know about: Kataib Hezbollah, Harakat al-Nujaba and "
     "Asaib Ahl al-Haq.", ("iran", "backs", "harakat_hezbollah_al_nujaba")),
    ("US-designated terrorist groups:\n1. Kataib Hezbollah\n2. Harakat al-Nujaba",
     ("united_states", "sanctioned", "harakat_hezbollah_al_nujaba")),
    ("The al-Abbas Combat Division forms the 26th Brigade of Iraq's Popular Mobilization Forces (PMF).",
     ("26th Brigade", "part_of", "popular_mobilization_forces")),
    # a post in a body named past its possessors and a qualifier; a dictator rules his country
    ("They carried a picture of the slain head of Iran's Islamic Revolutionary Guard Corps' elite Quds "
     "Force, Qassem Suleimani.", ("qasem_soleimani", "leads", "quds_force")),
    ("The law was passed under Iraqi dictator Saddam Hussein.", ("saddam_hussein", "leads", "iraq")),
    # a stance before a body's name and the kind it qualifies is the named faction's
    ("He worked with Kataib Imam Ali, a pro-Iran Hashd faction.",
     ("kataib_al_imam_ali", "allied_with", "iran")),
    # a faction's "its" past the body that names its kind; a partner's demonym is his state, not a partner
    ("Saraya al-Khorasani, a PMF faction known for its close ties to the IRGC, fought in Syria.",
     ("saraya_talia_al_khurasani", "allied_with", "irgc")),
    ("Abu Mahdi al-Muhandis was Qasem Soleimani's closest Iraqi partner.",
     ("abu_mahdi_al_muhandis", "allied_with", "qasem_soleimani")),
    # an explainer's answers to "who"
    ("Who is Akram al-Kaabi?\nThe founder and secretary-general of Harakat al-Nujaba.",
     ("akram_al_kaabi", "leads", "harakat_hezbollah_al_nujaba")),
    ("Who commands the 30th Brigade? Waad Qado, whose mainly Shabak unit belongs to the PMF.",
     ("Waad Qado", "leads", "30th Brigade")),
    ("The Muhandis General Company is controlled by Popular Mobilization Commission Chief of Staff and "
     "U.S.-designated Kata'ib Hizballah leader Abd al-Aziz al-Muhammadawi (Abu Fadak), the Treasury said.",
     ("abu_fadak_al_mohammadawi", "controls", "Muhandis General Company")),
    # "Its commander, X": the body the sentence before is about; a militia of a man is his
    ("The Quds Force is the IRGC's foreign arm. Its commander, Esmail Qaani, visited Baghdad.",
     ("ismail_qaani", "leads", "quds_force")),
    ("Saraya al-Salam, the militia of Shiite cleric Muqtada al-Sadr, is not backed by Iran.",
     ("muqtada_al_sadr", "leads", "saraya_al_salam")),
    # the parse may hang the participle or the place controlled on the clause
    ("The US-led coalition fighting ISIS announced the end of its combat mission in Iraq in December 2021.",
     ("us_led_coalition", "hostile_to", "islamic_state")),
    ("SDF forces took control of Raqqa from Islamic State in October 2017 after a four-month battle.",
     ("syrian_democratic_forces", "hostile_to", "islamic_state")),
    ("Who leads the Iraqi Counter-Terrorism Service? Lt. Gen. Abdul-Wahab al-Saadi, a general who led the "
     "battle for Mosul.", ("abdul_wahab_al_saadi", "leads", "counter_terrorism_service")),
])
def test_what_shrine_unit_economy_and_battle_reporting_states(analyse, text, expected):
    """Constructions of reporting on the shrine units, the militias' economy and the war on IS, in
    sentences written here (the twenty-first session)."""
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize("text,wrong", [
    ("An Iranian-backed Iraqi Shia militia claimed the attack.", ("iran", "backs", "iraq")),
    ("The Muhandis General Company has ties to the pro-Iran Kataib Hezbollah armed group.",
     ("iran", "allied_with", "Muhandis General Company")),
    ("The al-Abbas Combat Division forms the 26th Brigade of Iraq's Popular Mobilization Forces (PMF).",
     ("popular_mobilization_forces", "part_of", "26th Brigade of Iraq")),
    # the shrine units are a body of their own, not the Hashd; a religion is no actor
    ("Maytham al-Zaidi announced in Karbala the creation of Hashd al-Atabat.",
     ("Maytham al-Zaidi", "founded", "popular_mobilization_forces")),
    ("Ali al-Sistani spoke. Al-Abbas ibn Ali was the son of Shiite Islam's first imam, Ali ibn Abi Talib.",
     ("ali_al_sistani", "member_of", "Islam")),
    # an era's war is when, not who fought, also where the parse hangs the war on its first name
    ("During the Iran-Iraq war, he led a brigade.", ("iran", "hostile_to", "iraq")),
    ("The conglomerate was created during the 1980–1988 Iran–Iraq War to help rebuild the country.",
     ("iran", "hostile_to", "iraq")),
    # a body that only opens a man's title does not act with him
    ("The Muhandis General Company is controlled by Popular Mobilization Commission Chief of Staff and "
     "U.S.-designated Kata'ib Hizballah leader Abd al-Aziz al-Muhammadawi (Abu Fadak), the Treasury said.",
     ("popular_mobilization_forces", "controls", "Muhandis General Company")),
    ("He worked with Kataib Imam Ali, a pro-Iran Hashd faction.",
     ("iran", "allied_with", "popular_mobilization_forces")),
    # "their" after two men is the men's, not a group's
    ("Qassem Soleimani and Abu Mahdi al-Muhandis, deputy head of the Popular Mobilization Forces, were "
     "killed in a US drone strike targeting their convoy.",
     ("united_states", "hostile_to", "popular_mobilization_forces")),
    ("Saraya al-Khorasani, a PMF faction known for its close ties to the IRGC, fought in Syria.",
     ("popular_mobilization_forces", "allied_with", "irgc")),
    ("Abu Mahdi al-Muhandis was Qasem Soleimani's closest Iraqi partner.",
     ("qasem_soleimani", "allied_with", "iraq")),
    ("Who founded Badr? Not Hadi al-Amiri, but the Supreme Council.",
     ("hadi_al_amiri", "founded", "badr_organization")),
    ("Interviewer: Who funds Saraya al-Salam? Hakem al-Zamili: The movement pays for it from donations.",
     ("Hakem al-Zamili", "backs", "saraya_al_salam")),
    ("The Quds Force is the IRGC's foreign arm. Its commander, Esmail Qaani, visited Baghdad.",
     ("ismail_qaani", "leads", "irgc")),
    # an answer whose own verb says something else, or that says what he is not
    ("Who killed Hisham al-Hashimi? Iraqi authorities later arrested Ahmed Owaid, a police officer.",
     ("iraq", "killed", "hisham_al_hashemi")),
    ("Who is Abu Ali al-Askari? Not the leader of Kata'ib Hezbollah, but its security official.",
     ("abu_ali_al_askari", "leads", "kataib_hezbollah")),
    # deputies, and a lead-in of several kinds of men, name no line of heads
    ("Deputy commanders of the PMF: Abu Mahdi al-Muhandis (2014-2020), Abu Fadak al-Mohammedawi "
     "(2020-present).", ("abu_mahdi_al_muhandis", "leads", "popular_mobilization_forces")),
    ("Asa'ib Ahl al-Haq's leaders, fighters and clerics: Qais al-Khazali (2006-present), Laith al-Khazali "
     "(2006-2008).", ("laith_al_khazali", "leads", "asaib_ahl_al_haq")),
])
def test_what_shrine_unit_economy_and_battle_reporting_does_not_state(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims
