"""Relation rules on short texts written for the test: each states one pattern."""

import pytest

from tests.extract import stated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi Prime Minister Mustafa al-Kadhimi visited Washington.",
         ("mustafa_al_kadhimi", "leads", "iraq")),
        ("Quds Force commander Esmail Qaani arrived in Baghdad on Monday.",
         ("ismail_qaani", "leads", "quds_force")),
        ("Qasim al-Araji, Iraq's National Security Advisor, met the delegation.",
         ("qasim_al_araji", "member_of", "iraq")),
        ("Hadi al-Amiri, the head of the Badr Organization, spoke to reporters.",
         ("hadi_al_amiri", "leads", "badr_organization")),
        ("Hadi al-Amiri is the secretary general of the Badr Organization.",
         ("hadi_al_amiri", "leads", "badr_organization")),
        ("The Iran-backed Kata'ib Hezbollah fired rockets at the base.",
         ("iran", "backs", "kataib_hezbollah")),
        ("Abu Mahdi al-Muhandis founded Kata'ib Hezbollah in 2007.",
         ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah")),
        ("The U.S.-designated terrorist group Asa'ib Ahl al-Haq denied the charge.",
         ("united_states", "sanctioned", "asaib_ahl_al_haq")),
        ("Lt. Gen. Qais Khalaf Rahima was born in Maysan in 1962.",
         ("Qais Khalaf Rahima", "born_in", "maysan_governorate")),
        ("The Islamic State seized Mosul in June 2014.",
         ("islamic_state", "controls", "mosul")),
        ("Ismail Qaani, a successor to the late Qasem Soleimani, visited Baghdad.",
         ("ismail_qaani", "succeeded", "qasem_soleimani")),
    ],
)
def test_relation_patterns(analyse, text, expected):
    _, _, claims = analyse(text)
    assert expected in claims, claims


def test_passive_founding_names_the_founder(analyse):
    _, _, claims = analyse("Kata'ib Hezbollah was founded by Abu Mahdi al-Muhandis in 2007.")
    assert ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah") in claims, claims


def test_indefinite_role_is_membership_not_leadership(analyse):
    _, _, claims = analyse("Abu Ali al-Askari, a Kata'ib Hezbollah commander, issued a statement.")
    assert any(r == "member_of" and o == "kataib_hezbollah" for _, r, o in claims), claims
    assert not any(r == "leads" for _, r, _ in claims)


def test_killing_is_killed_not_also_hostile(analyse):
    _, _, claims = analyse(
        "The killing by U.S. airstrike of Qassem Soleimani shocked Tehran.")
    assert ("united_states", "killed", "qasem_soleimani") in claims, claims
    assert not any(r == "hostile_to" and o == "qasem_soleimani" for _, r, o in claims)


def test_claims_carry_their_sentence_as_evidence(analyse):
    text = "The weather was hot. Hadi al-Amiri, the head of the Badr Organization, spoke."
    ex, _, _ = analyse(text)
    claim = next(c for c in ex.claims if c.relation == "leads")
    assert text[claim.evidence_start:claim.evidence_end].startswith("Hadi al-Amiri")
    assert claim.extractor.startswith("rule:")


def test_unrelated_mentions_in_one_sentence_make_no_claim(analyse):
    _, _, claims = analyse("Reporters from Reuters and officials in Baghdad watched Tehran closely.")
    assert claims == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hadi al-Amiri is the head and secretary general of the Badr Organization.",
         ("hadi_al_amiri", "leads", "badr_organization")),
        ("Brig. Gen. Kevin Bergner, spokesman, Multi-National Force - Iraq, briefed reporters.",
         ("Kevin Bergner", "member_of", "multi_national_force_iraq")),
        ("Dawa senior leader Nuri al-Maliki was selected.",
         ("nouri_al_maliki", "member_of", "islamic_dawa_party")),
        ("They met Kata'ib al-Imam Ali (Popular Mobilization Forces brigade 40) in Baghdad.",
         ("kataib_al_imam_ali", "part_of", "popular_mobilization_forces")),
        ("He commanded the Quds Force of Iran's Revolutionary Guard for years.",
         ("quds_force", "part_of", "irgc")),
        ("The former prime minister in Iraq, Adel Abdul-Mahdi, resigned.",
         ("adel_abdul_mahdi", "leads", "iraq")),
    ],
)
def test_more_role_and_unit_patterns(analyse, text, expected):
    _, _, claims = analyse(text)
    assert expected in claims, claims


def test_the_group_stands_for_the_organisation_just_named(analyse):
    text = ("Kata'ib Hezbollah fought U.S. forces after 2003. "
            "The group was commanded by Abu Mahdi al-Muhandis until 2020.")
    _, _, claims = analyse(text)
    assert ("abu_mahdi_al_muhandis", "leads", "kataib_hezbollah") in claims, claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Department of State is today designating Kata’ib Sayyid al-Shuhada (KSS) and its "
         "Secretary General Hashim Finyan Rahim al-Saraji as Specially Designated Global Terrorists.",
         ("us_department_of_state", "sanctioned", "kataib_sayyid_al_shuhada")),
        ("Kata'ib Hezbollah is officially listed as a terrorist organization by the governments of "
         "Japan, United Arab Emirates, and the United States.",
         ("japan", "sanctioned", "kataib_hezbollah")),
        ("Iran, through the Islamic Revolutionary Guard Corps and its external operations force known "
         "as the Qods Force, has supported KSS, KH, and other groups.",
         ("quds_force", "backs", "kataib_hezbollah")),
    ],
)
def test_lists_and_means_in_long_sentences(analyse, text, expected):
    _, _, claims = analyse(text)
    assert expected in claims, claims


def test_adjectival_participles_do_not_act_as_verbs(analyse):
    _, _, claims = analyse("When Iran-backed militias assisted the Quds Force in firing drones, nobody knew.")
    assert ("iran", "backs", "quds_force") not in claims


def test_a_national_commander_serves_the_country_its_president_leads_it(analyse):
    _, _, claims = analyse("The strike killed Iranian commander Qasem Soleimani. Iranian President "
                           "Hassan Rouhani condemned it.")
    assert ("qasem_soleimani", "member_of", "iran") in claims, claims
    assert ("qasem_soleimani", "leads", "iran") not in claims
    assert ("hassan_rouhani", "leads", "iran") in claims, claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Qasim al-Araji joined the Badr Organization in 1990.",
                     ("qasim_al_araji", "member_of", "badr_organization"), id="joined"),
        pytest.param("Abu Mahdi al-Muhandis died with his sponsor Qassem Soleimani.",
                     ("qasem_soleimani", "backs", "abu_mahdi_al_muhandis"), id="possessive-sponsor"),
        pytest.param("Abu Mahdi al-Muhandis died with his IRGC-QF sponsor Qassem Soleimani.",
                     ("qasem_soleimani", "member_of", "quds_force"), id="sponsor-affiliation"),
        pytest.param("Their commander Abu Mahdi al-Muhandis and the movement he formed, "
                     "Kata'ib Hezbollah, grew strong.",
                     ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah"), id="relative-clause-object"),
        pytest.param("Iran's most favored allies are Badr, Kata'ib Hezbollah and Asa'ib Ahl al-Haq.",
                     ("iran", "allied_with", "asaib_ahl_al_haq"), id="allies-listed"),
        pytest.param("Kata'ib Sayyid al-Shuhada, working with other groups, including Kata'ib Hezbollah "
                     "and Harakat al-Nujaba, attacked the base.",
                     ("kataib_sayyid_al_shuhada", "allied_with", "harakat_hezbollah_al_nujaba"),
                     id="including-list"),
        pytest.param("Iraq's counter-ISIL fight continued in Mosul.",
                     ("iraq", "hostile_to", "islamic_state"), id="counter-prefix"),
        pytest.param("Kata'ib Hezbollah received training, funding and weapons from the Quds Force.",
                     ("quds_force", "backs", "kataib_hezbollah"), id="received-aid"),
        pytest.param("These groups are funded, trained, and armed by the Quds Force.",
                     None, id="passive-list-needs-an-actor"),
        pytest.param("Kata'ib Hezbollah is separate from but allied with the Badr Organization.",
                     ("badr_organization", "allied_with", "kataib_hezbollah"), id="allied-with-adjective"),
        pytest.param("Hadi al-Amiri worked alongside the Quds Force for two decades.",
                     ("hadi_al_amiri", "allied_with", "quds_force"), id="alongside"),
        pytest.param("The control of al-Qaida over Tal Afar worried the army.",
                     ("al_qaeda", "controls", "tal_afar"), id="control-of-over"),
        pytest.param("The Islamic State took control of Mosul in June 2014.",
                     ("islamic_state", "controls", "mosul"), id="took-control-of"),
        pytest.param("The Quds Force takes on Kata'ib Hezbollah's rivals in Basra.",
                     None, id="take-on-needs-a-named-target"),
        pytest.param("Haider al-Abadi also criticized his predecessor Nouri al-Maliki.",
                     ("haider_al_abadi", "succeeded", "nouri_al_maliki"), id="predecessor"),
        pytest.param("Qasim al-Araji was elected to the Council of Representatives in 2014.",
                     ("qasim_al_araji", "member_of", "council_of_representatives_of_iraq"), id="elected-to"),
        pytest.param("Kata'ib Hezbollah's leaders include Abu Mahdi al-Muhandis and "
                     "Abu Fadak al-Mohammadawi.",
                     ("abu_mahdi_al_muhandis", "member_of", "kataib_hezbollah"), id="plural-role-list"),
        pytest.param("The State Department designated Kata'ib Sayyid al-Shuhada and its Secretary General "
                     "Abu Alaa al-Walai.",
                     ("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada"), id="title-ending-in-a-rank"),
        pytest.param("Coalition forces captured another senior al Qaeda in Iraq leader, Abu Ayyub al-Masri.",
                     ("abu_ayyub_al_masri", "member_of", "al_qaeda_in_iraq"), id="role-comma-name"),
        pytest.param("Iran supports the Islamic Revolutionary Guard Corps and its external operations force "
                     "known as the Qods Force.",
                     ("quds_force", "part_of", "irgc"), id="its-unit-known-as"),
        pytest.param("Kata'ib Hezbollah is a paramilitary group which used to be part of the Popular "
                     "Mobilization Forces.",
                     ("kataib_hezbollah", "part_of", "popular_mobilization_forces"),
                     id="predicate-noun-part-of"),
        pytest.param("The council named Abdul Aziz al-Muhammadawi (Abu Fadak), as the new chief of staff of "
                     "the Popular Mobilization Forces.",
                     ("abu_fadak_al_mohammadawi", "member_of", "popular_mobilization_forces"),
                     id="apposition-after-a-kunya"),
        pytest.param("Asa'ib Ahl al-Haq is a Shia militia. Its secretary-general is Qais al-Khazali.",
                     ("qais_al_khazali", "leads", "asaib_ahl_al_haq"), id="role-as-subject"),
        pytest.param("Saraya al-Salam is the armed wing of the Sadrist Movement.",
                     ("saraya_al_salam", "part_of", "sadrist_movement"), id="wing-as-predicate"),
        pytest.param("Kata'ib Hezbollah claimed responsibility for the attack on the Islamic State in Anbar.",
                     ("kataib_hezbollah", "hostile_to", "islamic_state"), id="claimed-responsibility"),
        pytest.param("Asa'ib Ahl al-Haq was responsible for the raid on the Badr Organization.",
                     ("asaib_ahl_al_haq", "hostile_to", "badr_organization"), id="responsible-for"),
        pytest.param("The Islamic State claimed responsibility for the bombing.",
                     None, id="responsibility-without-a-target"),
        pytest.param("The defeat of the Iraqi army by the Islamic State shocked Baghdad.",
                     ("islamic_state", "hostile_to", "iraqi_army"), id="defeat-of-by"),
        pytest.param("Formally, the Peshmerga are under the command of the Ministry of Peshmerga "
                     "Affairs.",
                     ("ministry_of_peshmerga_affairs", "controls", "peshmerga"), id="dual-type"),
        pytest.param("Formally, the Peshmerga are under the command of the Ministry of Peshmerga Affairs "
                     "(MoPA) of the Kurdistan Regional Government (KRG).",
                     ("ministry_of_peshmerga_affairs", "controls", "peshmerga"), id="under-command-first-of"),
        pytest.param("The Peshmerga are controlled separately by two Kurdish parties: the Kurdistan "
                     "Democratic Party and the Patriotic Union of Kurdistan.",
                     ("patriotic_union_of_kurdistan", "controls", "peshmerga"), id="passive-colon-list"),
        pytest.param("Iran helped assemble a Shiite bloc, the United Iraqi Alliance, encompassing the "
                     "Islamic Supreme Council of Iraq and the Dawa Party.",
                     ("islamic_dawa_party", "part_of", "united_iraqi_alliance"), id="participle-after-comma"),
        pytest.param("Qasem Soleimani was killed in 2020. His successor Ismail Qaani visited Baghdad.",
                     ("ismail_qaani", "succeeded", "qasem_soleimani"), id="successor-compound"),
        pytest.param("Special Groups are militias backed by Iran. These groups are separate from but "
                     "allied with the Mahdi Army.",
                     ("special_groups", "allied_with", "mahdi_army"), id="these-groups"),
        pytest.param("Kata'ib Hezbollah is responsible for killing hundreds of U.S. soldiers.",
                     ("kataib_hezbollah", "hostile_to", "united_states"), id="responsible-killing"),
        pytest.param("The invasion of Iraq by the United States and the United Kingdom overthrew the regime "
                     "of Saddam Hussein.",
                     ("united_kingdom", "hostile_to", "saddam_hussein"), id="event-noun-subject"),
        pytest.param("The invasion of Iraq by the United States and the United Kingdom began in March.",
                     ("united_states", "allied_with", "united_kingdom"), id="joint-agents"),
        pytest.param("The Iraqi Army and the Peshmerga continue operations against ISIL in Mosul.",
                     ("iraqi_army", "allied_with", "peshmerga"), id="operations-together"),
        pytest.param("The United States and the United Kingdom invaded Iraq in 2003.",
                     ("united_states", "allied_with", "united_kingdom"), id="attacking-together"),
        pytest.param("Kata'ib Hezbollah and Asa'ib Ahl al-Haq clashed in Baghdad.",
                     ("kataib_hezbollah", "hostile_to", "asaib_ahl_al_haq"), id="clashed-reciprocal"),
        pytest.param("Kata'ib Hezbollah and Asa'ib Ahl al-Haq fought each other in Baghdad.",
                     ("kataib_hezbollah", "hostile_to", "asaib_ahl_al_haq"), id="each-other"),
        pytest.param("Iraq's politics changed when Prime Minister Nouri al-Maliki was replaced.",
                     ("nouri_al_maliki", "leads", "iraq"), id="office-title-before"),
        pytest.param("In Iraq, Nuri al-Maliki was selected as Prime Minister in 2006.",
                     ("nouri_al_maliki", "leads", "iraq"), id="office-title-as"),
        pytest.param("The defeat of former President Saddam Hussein's regime in Iraq was swift.",
                     ("saddam_hussein", "leads", "iraq"), id="office-title-former"),
        pytest.param("President Joe Biden ordered U.S. air strikes in Iraq.",
                     ("joe_biden", "leads", "united_states"), id="office-title-president"),
        pytest.param("Kata'ib Hezbollah received weapons from Iran's Islamic Revolutionary Guard Corps's "
                     "(IRGC) Quds Force.",
                     ("quds_force", "backs", "kataib_hezbollah"), id="possessive-chain"),
        pytest.param("Counter Terrorism Command's Staff Lieutenant General Abd'al-Wahab al-Saadi left.",
                     ("Abd'al-Wahab al-Saadi", "member_of", "Counter Terrorism Command"),
                     id="possessive-rank"),
        pytest.param("Saraya Ashura is affiliated with the Islamic Supreme Council of Iraq.",
                     ("saraya_ashura", "allied_with", "islamic_supreme_council_of_iraq"),
                     id="is-affiliated-with"),
        pytest.param("The Babylon Brigades belong to the Popular Mobilization Forces.",
                     ("kataib_babiliyoun", "part_of", "popular_mobilization_forces"), id="belong-to"),
        pytest.param("Ahmed al-Asadi, a member of parliament from the Fatah Alliance, defended the PMF.",
                     ("ahmed_al_asadi", "member_of", "fatah_alliance"), id="role-from-an-organisation"),
        pytest.param("Hisham al-Hashimi was shot dead by gunmen from Kata'ib Hezbollah outside his home.",
                     ("kataib_hezbollah", "killed", "hisham_al_hashemi"), id="shot-dead-by-gunmen-from"),
        pytest.param("Abu Bakr al-Baghdadi died during a U.S. raid in northwest Syria.",
                     ("united_states", "killed", "abu_bakr_al_baghdadi"), id="died-during-a-raid"),
        pytest.param("The PMF is a state body. The 47th PMF brigade was hit by a strike.",
                     ("47th PMF brigade", "part_of", "popular_mobilization_forces"), id="unit-of-an-acronym"),
        pytest.param('Police arrested a prominent person from the "Hezbollah Brigades" militia, '
                     'Ahmed Al-Kinani.',
                     ("Ahmed Al-Kinani", "member_of", "kataib_hezbollah"), id="a-person-from-a-militia"),
        pytest.param("The Iraqi government, backed by Iran and Turkey, rejected the referendum.",
                     ("turkey", "backs", "iraq"), id="a-state-is-backed-too"),
        pytest.param("Kata'ib Hezbollah was established as a result of a union between several groups "
                     "following the invasion of Iraq by the United States and United Kingdom.",
                     ("united_states", "allied_with", "united_kingdom"), id="by-hung-on-an-earlier-noun"),
        pytest.param("Mahdi Army clashes with Iraqi Security Forces in Karbala",
                     ("mahdi_army", "hostile_to", "iraqi_security_forces"), id="headline-clashes-with"),
        pytest.param("Special Groups are militias. Suspected leaders include Qais al-Khazali, Laith "
                     "al-Khazali, Ali al-Lami, Azhar al-Dulaimi, Akram al-Kaabi, Abu Mustafa al-Sheibani and "
                     "Abu Deraa.",
                     ("abu_deraa", "member_of", "special_groups"), id="long-list-of-leaders"),
        pytest.param("Kata'ib Hezbollah has conducted drone attacks against Saudi Arabia and rocket attacks "
                     "against U.S. bases.",
                     ("kataib_hezbollah", "hostile_to", "united_states"), id="parallel-attacks"),
        pytest.param("Rockets were fired by the Iran -backed Badr Organization's fighters.",
                     ("iran", "backs", "badr_organization"), id="hyphen-before-a-possessive"),
        pytest.param("Prime Minister Adel Abd'al-Mahdi resigned after protests in Iraq.",
                     ("Adel Abd'al-Mahdi", "leads", "iraq"), id="office-holder-spelt-otherwise"),
        pytest.param("The IRGC-QF (Islamic Revolutionary Guard Corps-Quds Force) sent advisers to Iraq.",
                     ("quds_force", "part_of", "irgc"), id="hyphen-joined-unit"),
        pytest.param("Asa'ib Ahl al-Haq split from the Mahdi Army in 2006 and is led by Qais al-Khazali.",
                     ("qais_al_khazali", "leads", "asaib_ahl_al_haq"), id="passive-conjunct-shares-subject"),
        pytest.param("Kata'ib Hezbollah was founded in 2007. The Treasury designated two leaders of Kata'ib "
                     "Hezbollah for their roles in attacks against U.S. personnel.",
                     ("kataib_hezbollah", "hostile_to", "united_states"), id="their-roles-in-attacks"),
        pytest.param("Treasury is also designating Muhandis General Company, a company owned by the Popular "
                     "Mobilization Forces.",
                     ("popular_mobilization_forces", "controls", "Muhandis General Company"), id="owned-by"),
        pytest.param("Special Groups are militias backed by Iran. Suspected leaders include Qais al-Khazali "
                     "and Akram al-Kaabi.",
                     ("akram_al_kaabi", "member_of", "special_groups"), id="leaders-include"),
    ],
)
def test_relation_constructions(analyse, text, expected):
    _, _, claims = analyse(text)
    if expected is None:  # nothing to relate: no claim may appear
        assert not claims, claims
        return
    assert stated(claims, expected), claims


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param("The embassy was bombed by Iraqi militias after the killing.",
                     ("iraq", "hostile_to", "united_states"), id="demonym-on-militias"),
        pytest.param("The partnership between Iran-allied Iraqi politicians and Mohammed al-Kawtharani grew.",
                     ("iraq", "allied_with", "Mohammed al-Kawtharani"), id="demonym-on-politicians"),
        pytest.param("Kata'ib Hezbollah fought with the Badr Organization in 2011.",
                     ("kataib_hezbollah", "allied_with", "badr_organization"),
                     id="fought-with-is-not-alliance"),
        pytest.param("Kata'ib Hezbollah and Asa'ib Ahl al-Haq clashed with the Peshmerga in Kirkuk.",
                     ("kataib_hezbollah", "hostile_to", "asaib_ahl_al_haq"), id="clashed-with-a-third"),
        pytest.param("Formally, the Peshmerga are under the command of the Ministry of Peshmerga Affairs "
                     "(MoPA) of the Kurdistan Regional Government (KRG).",
                     ("kurdistan_regional_government", "controls", "peshmerga"), id="command-second-of"),
        pytest.param("The Special Groups were armed by the Iranian Quds Force, part of the Islamic "
                     "Revolutionary Guard Corps.",
                     ("irgc", "backs", "special_groups"), id="passive-agent-apposition"),
        pytest.param("The Special Groups were armed by the Iranian Quds Force, part of the Islamic "
                     "Revolutionary Guard Corps.",
                     ("iran", "backs", "special_groups"), id="passive-agent-demonym"),
        pytest.param("Vice President Joe Biden visited Washington and the United States Congress.",
                     ("joe_biden", "leads", "united_states"), id="vice-president-leads-nothing"),
        pytest.param("KDP President Masoud Barzani spoke in Erbil for the Kurdistan Regional Government.",
                     ("masoud_barzani", "leads", "kurdistan_regional_government"),
                     id="office-title-with-its-own-organisation"),
        pytest.param("The Treasury designated two leaders of Kata'ib Hezbollah for their roles in attacks.",
                     ("us_department_of_the_treasury", "sanctioned", "kataib_hezbollah"),
                     id="designating-leaders-is-not-designating-the-group"),
        pytest.param("The Treasury designated two leaders of Kata'ib Hezbollah for their roles in attacks "
                     "against U.S. personnel.",
                     ("us_department_of_the_treasury", "hostile_to", "united_states"),
                     id="attacks-inside-a-noun-phrase-are-not-the-subject's"),
        pytest.param("Falih al-Fayyadh served as National Security Advisor and chairman of the Popular "
                     "Mobilization Forces.",
                     ("falih_al_fayyadh", "member_of", "popular_mobilization_forces"),
                     id="a-leader-is-not-also-a-member-in-one-sentence"),
        pytest.param("Kata'ib Hezbollah has conducted drone attacks against Saudi Arabia and rocket attacks "
                     "against U.S. bases.",
                     ("saudi_arabia", "hostile_to", "united_states"), id="an-attack-is-no-actor"),
        pytest.param("In 2014, the Islamic State captured Mosul, Iraq's second-largest city, from the army.",
                     ("islamic_state", "controls", "iraq"), id="a-country's-city-is-not-the-country"),
        pytest.param("The strike hit a car carrying Abu Baqir al-Saadi, a senior commander in the "
                     "Iran-backed group.",
                     ("Abu Baqir al-Saadi", "member_of", "iran"), id="hyphen-modifier-is-no-org"),
        pytest.param('Ismail Qaani visited Baghdad on Monday. "I met with Qaani," one Iraqi official said.',
                     ("ismail_qaani", "member_of", "iraq"), id="quotation-end-is-no-apposition"),
        pytest.param("The view of the Iraqi government is that we don’t support either Iranian or American "
                     "influence on Iraqi decision making.",
                     ("iraq", "backs", "iran"), id="curly-negation"),
        pytest.param("Iraq called on Turkey to stop its strikes against the PKK.",
                     ("iraq", "hostile_to", "pkk"), id="its-strikes-are-not-the-callers"),
        pytest.param("Reuters reported that the Islamic State attacked Kirkuk. Reuters and AFP said the "
                     "group fought the Peshmerga.",
                     ("Reuters", "hostile_to", "peshmerga"), id="a-reporter-is-not-the-group"),
        pytest.param("Abu Bakr al-Baghdadi did not die in the U.S. raid on Barisha.",
                     ("united_states", "killed", "abu_bakr_al_baghdadi"), id="did-not-die"),
        pytest.param("Kata'ib al-Imam Ali is an Iraqi Shia militia that forms the 40th Brigade of the "
                     "Popular Mobilization Forces.",
                     ("kataib_al_imam_ali", "founded", "40th Brigade"), id="forms-is-not-founded"),
        pytest.param("The Iran-Iraq war lasted eight years.",
                     ("iraq", "part_of", "iran"), id="hyphen-pair-is-no-unit"),
        pytest.param("Prime Minister Hamid Rashid Sultan met the Iraqi president.",
                     ("Hamid Rashid Sultan", "leads", "iraq"), id="office-title-of-an-unknown-holder"),
        pytest.param("Kata'ib Hezbollah is a militia. Iraqi leaders include Mohammed Shia al-Sudani.",
                     ("mohammed_shia_al_sudani", "member_of", "kataib_hezbollah"), id="leaders-of-another"),
        pytest.param("Nouri al-Maliki became prime minister of the Dawa bloc in Iraq.",
                     ("nouri_al_maliki", "leads", "iraq"), id="office-title-of-another-body"),
    ],
)
def test_wordings_that_state_no_such_relation(analyse, text, wrong):
    _, _, claims = analyse(text)
    subject, relation, obj = wrong
    assert wrong not in claims and (obj, relation, subject) not in claims, claims


def test_rule_claims_carry_the_calibrated_confidence_of_their_rule(analyse):
    from shabaka.extract.scoring import RelationModel

    ex, _, _ = analyse("Hadi al-Amiri, the head of the Badr Organization, spoke to reporters.")
    model = RelationModel.load()
    claim = next(c for c in ex.claims if c.relation == "leads")
    rule = f"{claim.extractor.removeprefix('rule:')}|leads"
    assert claim.confidence == model.rules.get(rule, model.rules["*"])
    assert 0 < claim.confidence < 1


def test_a_claim_reached_through_a_pronoun_cites_both_sentences(analyse):
    text = "Qasim al-Araji grew up in Baghdad. In 1990 he joined the Badr Organization."
    ex, _, claims = analyse(text)
    assert ("qasim_al_araji", "member_of", "badr_organization") in claims, claims
    claim = next(c for c in ex.claims if c.relation == "member_of")
    assert text[claim.evidence_start:claim.evidence_end].strip() == text


def test_a_pronoun_does_not_reach_past_the_sentence_before(analyse):
    text = ("Qasim al-Araji grew up in Baghdad. The city was poor. "
            "In 1990 he joined the Badr Organization.")
    ex, _, _ = analyse(text)
    claim = next(c for c in ex.claims if c.relation == "member_of")
    assert text[claim.evidence_start:claim.evidence_end].startswith("In 1990")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abu Mahdi al-Muhandis took part in the founding of Kata'ib Hezbollah.",
         ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah")),
        ("The Iraqi Army liberated Tikrit from Islamic State control in 2015.",
         ("islamic_state", "controls", "tikrit")),
        ("The Iraqi Army liberated Tikrit from Islamic State control in 2015.",
         ("iraqi_army", "hostile_to", "islamic_state")),
        ("Backed by Iran, Kata'ib Hezbollah attacked American forces.",
         ("iran", "backs", "kataib_hezbollah")),
        ("The Fatah Alliance, comprising the Badr Organization and Asa'ib Ahl al-Haq, won 48 seats.",
         ("asaib_ahl_al_haq", "part_of", "fatah_alliance")),
        ("The United States and Iraq continued their security partnership.",
         ("iraq", "allied_with", "united_states")),
        ("The Peshmerga and the Iraqi Army launched a joint operation near Kirkuk.",
         ("iraqi_army", "allied_with", "peshmerga")),
        ("Kata'ib Hezbollah fighters clashed with the Peshmerga near Sinjar.",
         ("kataib_hezbollah", "hostile_to", "peshmerga")),
        ("The Islamic State killed dozens of Iraqi Army soldiers at Camp Speicher.",
         ("islamic_state", "hostile_to", "iraqi_army")),
        ("A U.S. strike killed members of Kata'ib Hezbollah near the border.",
         ("united_states", "hostile_to", "kataib_hezbollah")),
        ("The Supreme Council, a Shia party that fought the Islamic State, was based in Baghdad.",
         ("islamic_state", "hostile_to", "Supreme Council")),
        ("Kata'ib Hezbollah is a U.S.-designated terrorist organization.",
         ("united_states", "sanctioned", "kataib_hezbollah")),
        ("Hadi al-Amiri has close ties to Iran.",
         ("hadi_al_amiri", "allied_with", "iran")),
        ("Iran has several proxies in Iraq, such as Kata'ib Hezbollah.",
         ("iran", "backs", "kataib_hezbollah")),
        ("Hadi al-Amiri spoke in Baghdad. As a commander in the Popular Mobilization Forces, he fought the "
         "Islamic State.", ("hadi_al_amiri", "member_of", "popular_mobilization_forces")),
    ],
)
def test_constructions_beyond_one_verb(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize("text", [
    "Kata'ib Hezbollah denied attacking the U.S. embassy.",
    "Kata'ib Hezbollah did not attack American forces.",
    "The Badr Organization may join the Fatah Alliance.",
    "If Iran backs Kata'ib Hezbollah, the United States will respond.",
    "Kata'ib Hezbollah plans to attack American forces.",
])
def test_negated_modal_and_planned_statements_are_not_claims(analyse, text):
    _, _, claims = analyse(text)
    assert not any(r in {"hostile_to", "member_of", "backs"} for _, r, _ in claims), claims


def test_killing_unnamed_members_is_no_killing_of_the_group(analyse):
    _, _, claims = analyse("A U.S. strike killed members of Kata'ib Hezbollah near the border.")
    assert not any(r == "killed" for _, r, _ in claims), claims


def test_claim_records_the_pronoun_it_was_read_from(analyse):
    ex, _, claims = analyse("Qasem Soleimani arrived in Baghdad on Monday. "
                            "He commanded the Quds Force for two decades.")
    claim = next(c for c in ex.claims if c.relation == "leads")
    assert claim.coreference == [{"argument": "subject", "text": "He", "start": 46, "end": 48}]


def test_the_group_is_never_a_state_body(analyse):
    _, _, claims = analyse("The Treasury designated Kata'ib Hezbollah in 2009. "
                           "Officials said the group receives funding and weapons from the Quds Force.")
    assert ("quds_force", "backs", "kataib_hezbollah") in claims, claims
    assert not any(o == "us_department_of_the_treasury" and r == "backs" for _, r, o in claims), claims


def test_a_pronoun_follows_the_previous_sentence_main_subject(analyse):
    _, _, claims = analyse("In July the Treasury sanctioned Rayan al-Kildani, the leader of the Babylon "
                           "Brigade. In December it sanctioned Qais al-Khazali.")
    assert any(r == "sanctioned" and o == "qais_al_khazali" for _, r, o in claims), claims
    assert not any(s == "babylon_brigade" for s, _, _ in claims), claims


def test_object_control_takes_the_object_as_subject(analyse):
    _, _, claims = analyse("Qasem Soleimani was killed in January. Ali Khamenei appointed Esmail Qaani to "
                           "succeed him.")
    assert not any(s == "ali_khamenei" and r == "succeeded" for s, r, _ in claims), claims


def test_expletive_it_is_nobody(analyse):
    _, _, claims = analyse("The Popular Mobilization Forces entered the city. It will take months for the "
                           "Iraqi Army to defeat the Islamic State.")
    assert not any(s == "popular_mobilization_forces" and r == "hostile_to" for s, r, _ in claims), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed Abu Mahdi al-Muhandis, deputy head of the Shiite Popular Mobilization Forces.",
     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    ("Qasem Soleimani sits with fellow Revolutionary Guard commanders.",
     ("qasem_soleimani", "member_of", "irgc")),
    ("Iraqi teams cooperated with teams from the U.S.-led coalition.",
     ("iraq", "allied_with", "us_led_coalition")),
    ("Mohammed al-Hashemi, a pro-Iran official, was installed as chief of staff.",
     ("mohammed_al_hashemi", "allied_with", "iran")),
])
def test_roles_and_groups_of_people(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


def test_pro_is_sympathy_and_lends_nothing_to_the_names_before(analyse):
    _, _, claims = analyse("The office was dominated by Qassem Soleimani and Abu Mahdi al-Muhandis, with a "
                           "pro-Iran official, Mohammed al-Hashemi, installed as chief of staff.")
    assert not any(r == "member_of" for _, r, _ in claims), claims
    assert not any(s == "abu_mahdi_al_muhandis" for s, _, _ in claims), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Aman al-Juhayshi was emir of Ansar al-Sunna in Mosul.",
     ("Aman al-Juhayshi", "member_of", "ansar_al_sunna")),
    ("Khalid al-Turki, a senior al-Qaeda in Iraq associate, was captured.",
     ("Khalid al-Turki", "member_of", "al_qaeda_in_iraq")),
    ("The Badr Organization, considered a terrorist group by the United States, sponsored by Iran and based "
     "in Iraq, has many members.", ("iran", "backs", "badr_organization")),
    ("The Treasury designated other U.S.-designated organizations, including Kata'ib Hezbollah and Harakat "
     "al-Nujaba.", ("united_states", "sanctioned", "harakat_hezbollah_al_nujaba")),
    ("Hadi al-Amiri spoke. As a commander in the Popular Mobilization Forces, he has been active in the "
     "operations against ISIL.", ("hadi_al_amiri", "hostile_to", "islamic_state")),
    ("Kata'ib Hezbollah continued to maintain an active presence in Iraq targeting U.S. forces.",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    ("Lt. Gen. Qais Khalaf Rahima was commander of the 10th Brigade in Tal Afar.",
     ("Qais Khalaf Rahima", "leads", "10th Brigade")),
])
def test_regional_roles_participles_and_lists(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


def test_a_demonym_on_fighters_names_no_side(analyse):
    _, _, claims = analyse("Iraqi fighters attacked the Islamic State near Kirkuk.")
    assert not any(r == "hostile_to" for _, r, _ in claims), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Qaeda moved into Tal Afar in 2005. The control of al-Qaeda over the city lasted for years.",
     ("al_qaeda", "controls", "tal_afar")),
    ("Saddam Hussein ruled for decades. In 2003 the United States ousted the dictator.",
     ("united_states", "hostile_to", "saddam_hussein")),
    ("The Islamic State defeated nearly half of the Iraqi Army in 2014.",
     ("islamic_state", "hostile_to", "iraqi_army")),
    ("Barack Obama was late to intervene against the Islamic State.",
     ("barack_obama", "hostile_to", "islamic_state")),
    ("Iraq already has a bilateral agreement with the United States.",
     ("iraq", "allied_with", "united_states")),
    ("Iran's war with Iraq lasted eight years.", ("iran", "hostile_to", "iraq")),
    ("Ismail Qaani came, a successor to the late General Qassem Soleimani, to meet the factions.",
     ("ismail_qaani", "succeeded", "qasem_soleimani")),
])
def test_descriptions_quantities_and_with_phrases(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


@pytest.mark.parametrize(("text", "expected"), [
    ("The Treasury announced sanctions on Falih al-Fayyadh in January.",
     ("us_department_of_the_treasury", "sanctioned", "falih_al_fayyadh")),
    ("The U.S. designation of Kata'ib Hezbollah came in 2009.",
     ("united_states", "sanctioned", "kataib_hezbollah")),
    ("Ali Taqqi took over as director of Baghdad International Airport.",
     ("Ali Taqqi", "controls", "baghdad_international_airport")),
    ("Saraya al-Salam is loyal to Muqtada al-Sadr.", ("saraya_al_salam", "allied_with", "muqtada_al_sadr")),
    ("The Popular Mobilization Forces is an umbrella organization of militias such as Kata'ib Hezbollah and "
     "Kata'ib Sayyid al-Shuhada.", ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces")),
])
def test_sanctions_facilities_loyalty_and_umbrellas(analyse, text, expected):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims


def test_holding_a_meeting_is_no_control(analyse):
    _, _, claims = analyse("Kata'ib Hezbollah held a meeting in Baghdad.")
    assert not any(r == "controls" for _, r, _ in claims), claims


def test_a_verb_with_its_own_complements_does_not_borrow_the_next_verbs_agent(analyse):
    _, _, claims = analyse("Kata'ib Hezbollah was founded in 2007 and funded by the Quds Force.")
    assert ("quds_force", "backs", "kataib_hezbollah") in claims, claims
    assert not any(r == "founded" for _, r, _ in claims), claims


def test_a_role_opening_a_name_is_not_part_of_it(analyse):
    _, mentions, _ = analyse("She was Deputy Leader of the Kurdistan Alliance Party until 2005, and later "
                             "a Conservative Member of Parliament from Basra.")
    names = [m for m, _ in mentions]
    assert "Kurdistan Alliance Party" in names and not any("Deputy" in n or "Member" in n for n in names)


def test_no_rule_or_helper_of_the_claim_builder_is_defined_twice():
    """The builder is mixed from one class per construction: a method defined in two of them (or
    twice in one module) silently replaces the other, as once happened to the reading of whom a
    sanction names."""
    import ast
    import inspect

    from shabaka.extract.relations import ClaimBuilder

    owners: dict[str, list[str]] = {}
    for cls in ClaimBuilder.__mro__[1:-1]:
        tree = ast.parse(inspect.getsource(inspect.getmodule(cls)))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and not item.name.startswith("__"):
                        owners.setdefault(item.name, []).append(f"{cls.__name__}:{item.lineno}")
    assert not {name: where for name, where in owners.items() if len(where) > 1}
