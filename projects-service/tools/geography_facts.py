"""Facts about the six countries that iso-codes does not carry, or carries out of date.

- Kazakhstan's ISO 3166-2 codes have been numeric since the ISO Online Browsing Platform's change of
  2022-11-29, which also added the regions created that year (Abai KZ-10, Jetisu KZ-33, Ulytau
  KZ-62). The package still lists the alphabetic codes; each row names the code it replaces.
- English names: the usual English form (the package gives local romanisations such as
  "Akmolinskaja oblast'" and "Toshkent" for both the city and the region of Tashkent).
- Russian names where the package's catalogue has none or an outdated one (None: take the
  catalogue's); KZ-71 is Astana again since 2022, KZ-75 is officially Алматы.
- Centroids: approximate centres in WGS 84 degrees, for maps; a city's is its centre. The module's
  tests check that each lies inside its country's boundary.
"""

# ISO 3166-1 alpha-2 and an approximate centre (lat, lon).
COUNTRIES = {
    "KZ": (48.0, 67.0),
    "KG": (41.45, 74.55),
    "TJ": (38.85, 71.25),
    "TM": (38.95, 59.55),
    "UZ": (41.38, 64.59),
    "AF": (33.93, 67.71),
}

# The name the UN uses in Russian where the catalogue has another.
COUNTRY_NAMES_RU = {"KG": "Кыргызстан"}

COUNTS = {"KZ": 20, "KG": 9, "TJ": 5, "TM": 6, "UZ": 14, "AF": 34}

# code, the code iso-codes lists it under when another (None: the same, or not listed), English,
# Russian (None: iso-codes' catalogue), lat, lon.
AREAS = [
    ("KZ-10", None, "Abai Region", "Абайская область", 48.8, 79.6),
    ("KZ-11", "KZ-AKM", "Akmola Region", None, 51.9, 69.8),
    ("KZ-15", "KZ-AKT", "Aktobe Region", None, 48.6, 58.6),
    ("KZ-19", "KZ-ALM", "Almaty Region", None, 44.4, 77.0),
    ("KZ-23", "KZ-ATY", "Atyrau Region", None, 47.2, 52.9),
    ("KZ-27", "KZ-ZAP", "West Kazakhstan Region", None, 49.9, 50.9),
    ("KZ-31", "KZ-ZHA", "Jambyl Region", None, 44.3, 72.0),
    ("KZ-33", None, "Jetisu Region", "Жетысуская область", 45.3, 79.3),
    ("KZ-35", "KZ-KAR", "Karaganda Region", None, 48.4, 74.3),
    ("KZ-39", "KZ-KUS", "Kostanay Region", None, 51.5, 63.6),
    ("KZ-43", "KZ-KZY", "Kyzylorda Region", None, 45.0, 64.0),
    ("KZ-47", "KZ-MAN", "Mangystau Region", None, 44.3, 53.5),
    ("KZ-55", "KZ-PAV", "Pavlodar Region", None, 52.3, 76.5),
    ("KZ-59", "KZ-SEV", "North Kazakhstan Region", None, 54.0, 69.3),
    ("KZ-61", "KZ-YUZ", "Turkistan Region", "Туркестанская область", 43.2, 68.6),
    ("KZ-62", None, "Ulytau Region", "Улытауская область", 47.9, 67.3),
    ("KZ-63", "KZ-VOS", "East Kazakhstan Region", None, 49.3, 84.0),
    ("KZ-71", "KZ-AST", "Astana", "Астана", 51.17, 71.45),
    ("KZ-75", "KZ-ALA", "Almaty", "Алматы", 43.24, 76.91),
    ("KZ-79", "KZ-SHY", "Shymkent", None, 42.32, 69.6),
    ("KG-B", None, "Batken Region", "Баткенская область", 40.0, 71.0),
    ("KG-C", None, "Chuy Region", "Чуйская область", 42.65, 74.0),
    ("KG-GB", None, "Bishkek", "Бишкек", 42.87, 74.59),
    ("KG-GO", None, "Osh", "Ош", 40.53, 72.8),
    ("KG-J", None, "Jalal-Abad Region", "Джалал-Абадская область", 41.4, 72.5),
    ("KG-N", None, "Naryn Region", "Нарынская область", 41.3, 75.3),
    ("KG-O", None, "Osh Region", "Ошская область", 40.0, 73.3),
    ("KG-T", None, "Talas Region", "Таласская область", 42.3, 72.2),
    ("KG-Y", None, "Issyk-Kul Region", "Иссык-Кульская область", 42.0, 78.0),
    ("TJ-DU", None, "Dushanbe", "Душанбе", 38.56, 68.79),
    ("TJ-GB", None, "Gorno-Badakhshan Autonomous Region",
     "Горно-Бадахшанская автономная область", 38.3, 72.9),
    ("TJ-KT", None, "Khatlon Region", "Хатлонская область", 37.8, 69.1),
    ("TJ-RA", None, "Districts of Republican Subordination", "Районы республиканского подчинения",
     38.9, 70.2),
    ("TJ-SU", None, "Sughd Region", "Согдийская область", 39.75, 69.0),
    ("TM-A", None, "Ahal Region", "Ахалский велаят", 38.9, 58.5),
    ("TM-B", None, "Balkan Region", "Балканский велаят", 39.8, 55.0),
    ("TM-D", None, "Dashoguz Region", "Дашогузский велаят", 41.4, 59.0),
    ("TM-L", None, "Lebap Region", "Лебапский велаят", 39.1, 63.0),
    ("TM-M", None, "Mary Region", "Марыйский велаят", 37.3, 62.3),
    ("TM-S", None, "Ashgabat", "Ашхабад", 37.95, 58.38),
    ("UZ-AN", None, "Andijan Region", "Андижанская область", 40.75, 72.3),
    ("UZ-BU", None, "Bukhara Region", "Бухарская область", 40.1, 64.0),
    ("UZ-FA", None, "Fergana Region", "Ферганская область", 40.4, 71.3),
    ("UZ-JI", None, "Jizzakh Region", "Джизакская область", 40.5, 67.5),
    ("UZ-NG", None, "Namangan Region", "Наманганская область", 41.0, 71.5),
    ("UZ-NW", None, "Navoiy Region", "Навоийская область", 41.6, 64.4),
    ("UZ-QA", None, "Kashkadarya Region", "Кашкадарьинская область", 38.8, 66.2),
    ("UZ-QR", None, "Republic of Karakalpakstan", "Республика Каракалпакстан", 43.2, 58.8),
    ("UZ-SA", None, "Samarkand Region", "Самаркандская область", 39.8, 66.5),
    ("UZ-SI", None, "Syrdarya Region", "Сырдарьинская область", 40.5, 68.7),
    ("UZ-SU", None, "Surkhandarya Region", "Сурхандарьинская область", 38.0, 67.5),
    ("UZ-TK", None, "Tashkent", "Ташкент", 41.31, 69.28),
    ("UZ-TO", None, "Tashkent Region", "Ташкентская область", 41.2, 69.9),
    ("UZ-XO", None, "Khorezm Region", "Хорезмская область", 41.5, 60.6),
    ("AF-BAL", None, "Balkh", None, 36.6, 67.0),
    ("AF-BAM", None, "Bamyan", None, 34.8, 67.3),
    ("AF-BDG", None, "Badghis", None, 35.1, 63.6),
    ("AF-BDS", None, "Badakhshan", None, 36.7, 70.8),
    ("AF-BGL", None, "Baghlan", None, 35.8, 68.9),
    ("AF-DAY", None, "Daykundi", None, 33.7, 66.1),
    ("AF-FRA", None, "Farah", None, 32.5, 62.3),
    ("AF-FYB", None, "Faryab", None, 36.0, 64.8),
    ("AF-GHA", None, "Ghazni", None, 33.2, 67.9),
    ("AF-GHO", None, "Ghor", None, 34.1, 64.9),
    ("AF-HEL", None, "Helmand", None, 30.9, 64.2),
    ("AF-HER", None, "Herat", None, 34.3, 62.2),
    ("AF-JOW", None, "Jowzjan", None, 36.6, 66.0),
    ("AF-KAB", None, "Kabul", None, 34.5, 69.2),
    ("AF-KAN", None, "Kandahar", None, 31.1, 65.6),
    ("AF-KAP", None, "Kapisa", None, 34.98, 69.6),
    ("AF-KDZ", None, "Kunduz", None, 36.7, 68.8),
    ("AF-KHO", None, "Khost", None, 33.35, 69.85),
    ("AF-KNR", None, "Kunar", None, 34.85, 71.05),
    ("AF-LAG", None, "Laghman", None, 34.7, 70.2),
    ("AF-LOG", None, "Logar", None, 34.0, 69.2),
    ("AF-NAN", None, "Nangarhar", None, 34.35, 70.45),
    ("AF-NIM", None, "Nimroz", None, 30.6, 62.5),
    ("AF-NUR", None, "Nuristan", None, 35.3, 70.8),
    ("AF-PAN", None, "Panjshir", None, 35.4, 69.9),
    ("AF-PAR", None, "Parwan", None, 35.1, 68.9),
    ("AF-PIA", None, "Paktia", None, 33.65, 69.35),
    ("AF-PKA", None, "Paktika", None, 32.7, 68.6),
    ("AF-SAM", None, "Samangan", None, 35.9, 67.8),
    ("AF-SAR", None, "Sar-e Pol", None, 35.7, 66.1),
    ("AF-TAK", None, "Takhar", None, 36.65, 69.8),
    ("AF-URU", None, "Uruzgan", None, 32.9, 66.1),
    ("AF-WAR", None, "Wardak", None, 34.3, 68.3),
    ("AF-ZAB", None, "Zabul", None, 32.2, 67.3),
]
