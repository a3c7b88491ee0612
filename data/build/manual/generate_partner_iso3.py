#!/usr/bin/python3
"""Generates the hand-checked partner -> ISO3 maps used by 62_ca_national_trade.sql.

Run once (Debian python, no extra packages):
    /usr/bin/python3 data/build/manual/generate_partner_iso3.py /work/shared/data/raw data/build/manual

Inputs: the partner names of the raw national-statistics files (Kazakhstan BNS: Russian names;
Kyrgyz NSC: English names) and the ISO 3166-1 list of the Debian package iso-codes (4.15.0,
/usr/share/iso-codes/json/iso_3166-1.json, with its Russian translations in
/usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo). A name is matched when, after normalisation
(lower case, e-umlaut -> e, punctuation removed), it equals an ISO English or Russian name / official
name / common name; everything else is decided by the explicit OVERRIDES below (checked by hand).
Outputs: partner_names_iso3.csv (source, partner_name, iso3, kind) and iso3166_numeric.csv
(numeric, iso3, name) for Uzbekistan's UN M49 codes (M49 country codes = ISO 3166-1 numeric).
kind: country | aggregate (region/group/total: iso3 empty) | unknown (unspecified country: iso3 empty).
"""
import csv, gettext, json, re, sys

raw, out = sys.argv[1], sys.argv[2]
iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
ru = gettext.translation('iso_3166-1', localedir='/usr/share/locale', languages=['ru'])

def norm(s):
    s = s.lower().replace('ё', 'е').replace('’', "'")
    return re.sub(r'[^\w]+', ' ', s).strip()

lookup = {}
for c in iso:
    for key in ('name', 'official_name', 'common_name'):
        if key in c:
            lookup.setdefault(norm(c[key]), c['alpha_3'])
            lookup.setdefault(norm(ru.gettext(c[key])), c['alpha_3'])

AGG = 'aggregate'
OVERRIDES = {
    # Kazakhstan BNS (Russian)
    'Всего': AGG, 'Всего в том числе': AGG, 'Страны СНГ': AGG, 'Страны ЕАЭС': AGG, 'Страны вне ЕАЭС': AGG,
    'Остальные страны мира': AGG, 'Европа': AGG, 'Страны ЕС': AGG, 'Страны вне ЕС': AGG, 'Азия': AGG,
    'Америка': AGG, 'Африка': AGG, 'Австралия и Океания': AGG,
    'Россия': 'RUS', 'Кыргызстан': 'KGZ', 'Молдова, Республика': 'MDA', 'Республика Латвия': 'LVA',
    'Соединенное Королевство': 'GBR', 'Черногория (Монтенегро)': 'MNE', 'Македония': 'MKD',
    'Иран, Исламская Республика': 'IRN', 'Республика Корея': 'KOR', 'Корея, народно-Демократическая Республика': 'PRK',
    'Корея, Народно-Демократическая Республика': 'PRK', 'Тайвань (Китай)': 'TWN', 'Гонконг': 'HKG', 'Макао': 'MAC',
    'Ирак, Республика Ирак': 'IRQ', 'Палестина, Государство': 'PSE', 'Сирийская Арабская Республика': 'SYR',
    'Лаосская Народно-Демократическая Республика': 'LAO', 'Бруней-Даруссалам': 'BRN', 'Вьетнам': 'VNM',
    'Соединенные Штаты Америки': 'USA', 'Венесуэла': 'VEN', 'Боливия': 'BOL', 'Танзания, Объединенная Республика': 'TZA',
    'Демократическая Республика Конго': 'COD', 'Конго': 'COG', "Кот-Д'Ивуар": 'CIV', 'Свазиленд': 'SWZ',
    'Кабо-Верде': 'CPV', 'Коморские Острова': 'COM', 'Коморские острова': 'COM', 'Ливия': 'LBY',
    'Гибралтар (Брит.)': 'GIB', 'Ангилья (Брит.)': 'AIA', 'Каймановы Острова (Брит.)': 'CYM',
    'Виргинские Острова (Брит.)': 'VGB', 'Виргинские Острова, Сша': 'VIR', 'Виргинские Острова, США': 'VIR',
    'Виргинские Острова (США)': 'VIR', 'Гуам (Сша)': 'GUM', 'Гуам (США)': 'GUM', 'Острова Кука (Н.Зел.)': 'COK',
    'Фолклендские Острова (Мальвинские)': 'FLK', 'Южн.Джорджия И Южн.Сандвич.Острова': 'SGS',
    'Малые Тихоокеан. Отдаленные остроа США': 'UMI', 'Малые Тихоокеан.отдален.ост-ва С.Ш.': 'UMI',
    'Малые Тихоокеан. отдален. острова США': 'UMI', 'Ватикан, Государство-Город': 'VAT',
    'Микронезия, Федеративные Штаты': 'FSM', 'Самоа, Независимое Государство': 'WSM', 'Остров Святой Елены': 'SHN',
    'Французкие южные территории': 'ATF', 'Французские Южные Территории': 'ATF', 'Кокосовые (Килинг) Острова': 'CCK',
    'Остров Рождества': 'CXR', 'Сен-Бартелеми': 'BLM', 'Аландские Острова': 'ALA', 'Кюрасао': 'CUW',
    'Папуа-новая Гвинея': 'PNG', 'Папуа-Новая Гвинея': 'PNG', 'Тимор-Лесте': 'TLS', 'Гернси': 'GGY', 'Джерси': 'JEY',
    'Остров Мэн': 'IMN', 'Британская Территория В Индийском Океане': 'IOT', 'Британская территория в Индийском океане': 'IOT',
    'Сент-Китс И Невис': 'KNA', 'Сент-Китс и Невис': 'KNA', 'Сент-Винсент И Гренадины': 'VCT', 'Сент-Винсент и Гренадины': 'VCT',
    'Сан-Томе И Принсипи': 'STP', 'Сан-Томе и Принсипи': 'STP', 'Тринидад И Тобаго': 'TTO', 'Тринидад и Тобаго': 'TTO',
    'Антигуа И Барбуда': 'ATG', 'Антигуа и Барбуда': 'ATG', 'Босния И Герцеговина': 'BIH', 'Босния и Герцеговина': 'BIH',
    'Острова Теркс И Кайкос': 'TCA', 'Острова Теркс и Кайкос': 'TCA', 'Уоллис И Футуна': 'WLF',
    'Северные Марианские Острова': 'MNP', 'Северные Марианские острова': 'MNP', 'Маршалловы Острова': 'MHL',
    'Соломоновы Острова': 'SLB', 'Западная Сахара': 'ESH', 'Южная Африка': 'ZAF', 'Чешская Республика': 'CZE',
    'Объединенные Арабские Эмираты': 'ARE', 'Реюньон': 'REU', 'Майотта': 'MYT', 'Питкерн': 'PCN',
    'Американское Самоа': 'ASM', 'Турция': 'TUR',
    # Kyrgyz NSC (English)
    'Total': AGG, 'Europe': AGG, 'Asia': AGG, 'America': AGG, 'Africa': AGG, 'Australia and Oceania': AGG,
    'European Union (EU)': AGG, 'The EU': AGG, 'CIS': AGG, 'SCO': AGG, 'EAEU': AGG, 'UN': AGG,
    'Undefined country': 'unknown', 'Channel Islands': AGG,
    # The Kyrgyz imports table lists El Salvador twice in its Americas block: 'Salvador' (Сальвадор, row 138)
    # and 'El Salvador' (Эль-Сальвадор, row 147). Only the latter is mapped to SLV; the former is kept as
    # 'unknown' so that a country appears once per year (add both to get the full figure).
    'Salvador': 'unknown',
    'Great Britain (United Kingdom)': 'GBR', 'Great Britain': 'GBR', 'Moldova': 'MDA', 'Republic of Macedonia': 'MKD',
    'Macedonia': 'MKD', 'Butane': 'BTN', 'Iran': 'IRN', 'China (Sar Hong Kong)': 'HKG', 'SAR-Hong Kong': 'HKG',
    'Taiwan. China province': 'TWN', 'Taiwan': 'TWN', 'Venezuela': 'VEN', 'USA': 'USA', "Cote d'Ivoire": 'CIV',
    "Côte d'Ivoire": 'CIV', 'Libyan Arab Jamahiriya': 'LBY', 'CAR': 'CAF', 'Eastern SAMOA': 'ASM',
    'Macau (Macau)': 'MAC', 'Brunei': 'BRN', 'Virgin Islands, United States': 'VIR', 'British virgin islands': 'VGB',
    'Swaziland': 'SWZ', 'Tanzania': 'TZA', 'Russia': 'RUS', 'Bouvet': 'BVT', 'Vietnam': 'VNM', 'Korea (DPRK)': 'PRK',
    'The Republic of Korea': 'KOR', 'Syria': 'SYR', 'Bolivia': 'BOL', 'Bostwana': 'BWA', 'Congo': 'COG',
    'Zaire': 'COD', 'Burkino Faso': 'BFA', 'Coconut islands': 'CCK', 'Netherlands antilles': 'ANT',
    'Czech Republic': 'CZE', 'Cayman islands': 'CYM', 'Faroe islands': 'FRO', 'Solomon islands': 'SLB',
    "Lao People's Democratic Republic": 'LAO', 'Turkey': 'TUR',
}

def iso3_of(name):
    if name in OVERRIDES:
        v = OVERRIDES[name]
        return ('', v) if v in (AGG, 'unknown') else (v, 'country')
    code = lookup.get(norm(name))
    return (code, 'country') if code else (None, None)

def names(path, column):
    with open(path, encoding='utf-8-sig') as f:
        return sorted({row[column] for row in csv.DictReader(f)})

rows, missing = [], []
for source, path, column in [('KAZ BNS', f'{raw}/ca-national-trade/kaz_bns_trade_by_country_2018_2023.csv', 'country_ru'),
                             ('KGZ NSC', f'{raw}/ca-national-trade/kgz_nsc_exports_by_country_1994_2023.csv', 'name_en'),
                             ('KGZ NSC', f'{raw}/ca-national-trade/kgz_nsc_imports_by_country_1994_2023.csv', 'name_en')]:
    for n in names(path, column):
        code, kind = iso3_of(n)
        if kind is None:
            missing.append((source, n))
        elif (source, n) not in {(r[0], r[1]) for r in rows}:
            rows.append((source, n, code, kind))
if missing:
    sys.exit('unmapped partner names (add to OVERRIDES): ' + '; '.join(f'{s}: {n}' for s, n in missing))

header = ['# Partner name -> ISO 3166-1 alpha-3 for the Kazakhstan BNS (Russian names) and Kyrgyz NSC (English names)',
          '# trade-by-country files. Generated by generate_partner_iso3.py (see its docstring) from Debian iso-codes 4.15.0',
          '# plus hand-checked overrides; kind = country | aggregate | unknown (iso3 empty unless country).']
with open(f'{out}/partner_names_iso3.csv', 'w', newline='', encoding='utf-8') as f:
    f.write('\n'.join(header) + '\n')
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['source', 'partner_name', 'iso3', 'kind'])
    w.writerows(sorted(rows))

iso3166 = json.load(open('/usr/share/iso-codes/json/iso_3166-3.json'))['3166-3']
# Withdrawn/former codes still used by Uzbekistan: 530 Netherlands Antilles (ISO 3166-3), 736 Sudan
# (M49 code of Sudan before the 2011 secession of South Sudan; mapped to today's SDN).
withdrawn = [('530', 'ANT', 'Netherlands Antilles'), ('736', 'SDN', 'Sudan (former M49 code, before 2011)')]
with open(f'{out}/iso3166_numeric.csv', 'w', newline='', encoding='utf-8') as f:
    f.write('# ISO 3166-1 numeric -> alpha-3 (= UN M49 country codes), from Debian iso-codes 4.15.0\n'
            '# /usr/share/iso-codes/json/iso_3166-1.json, plus withdrawn 530 Netherlands Antilles and former 736 Sudan.\n')
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['numeric', 'iso3', 'name'])
    for c in sorted(iso, key=lambda c: c['numeric']):
        w.writerow([c['numeric'], c['alpha_3'], c['name']])
    for r in withdrawn:
        w.writerow(r)
print(f'{len(rows)} partner names mapped')
