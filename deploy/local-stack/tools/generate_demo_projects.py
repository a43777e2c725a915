#!/usr/bin/env python3
"""Writes the local stack's demo projects (src/main/resources/demo/projects.json).

Deterministic: the same script always writes the same file (a fixed seed, a fixed reference
date, no clock). Run it from anywhere after changing a theme, an area or the demo organisations:

    python3 deploy/local-stack/tools/generate_demo_projects.py

Every project is made up. Its organisations, places, SDG targets, sectors and currencies are real
codes; its title, dates, budget and results are invented, and its description says so.
"""

import json
import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent / "src" / "main" / "resources" / "demo"
SEED = 2030
# Statuses and dates are chosen as seen from this day, so the file never changes with the clock.
AS_OF = date(2026, 10, 1)

DEMO_EN = ("SDG Hub demo record, not a real project: made up for the local stack from real "
           "organisations and places.")
DEMO_RU = ("Демонстрационная запись SDG Hub, а не реальный проект: придумана для локального "
           "стенда на основе реальных организаций и мест.")

# ISO 3166-2 first-level areas used by the demo, each with a town well inside its country
# (WGS 84, from public gazetteers), in English and Russian.
AREAS = {
    "KZ-43": ("Kyzylorda Region", "Кызылординская область", [("Aralsk", "Аральск", 46.80, 61.67), ("Kyzylorda", "Кызылорда", 44.85, 65.51)]),
    "KZ-61": ("Turkistan Region", "Туркестанская область", [("Turkistan", "Туркестан", 43.30, 68.25)]),
    "KZ-10": ("Abai Region", "область Абай", [("Semey", "Семей", 50.41, 80.23)]),
    "KZ-33": ("Jetisu Region", "область Жетісу", [("Taldykorgan", "Талдыкорган", 45.02, 78.37)]),
    "KZ-19": ("Almaty Region", "Алматинская область", [("Konaev", "Конаев", 43.87, 77.07)]),
    "KZ-75": ("Almaty", "город Алматы", [("Almaty", "Алматы", 43.24, 76.89)]),
    "KZ-71": ("Astana", "город Астана", [("Astana", "Астана", 51.17, 71.45)]),
    "KZ-79": ("Shymkent", "город Шымкент", [("Shymkent", "Шымкент", 42.32, 69.59)]),
    "KZ-31": ("Zhambyl Region", "Жамбылская область", [("Taraz", "Тараз", 42.90, 71.37)]),
    "KZ-47": ("Mangystau Region", "Мангистауская область", [("Zhanaozen", "Жанаозен", 43.34, 52.86)]),
    "KZ-63": ("East Kazakhstan Region", "Восточно-Казахстанская область", [("Oskemen", "Усть-Каменогорск", 49.95, 82.61)]),
    "KZ-62": ("Ulytau Region", "область Улытау", [("Zhezkazgan", "Жезказган", 47.78, 67.71)]),
    "KZ-35": ("Karaganda Region", "Карагандинская область", [("Karaganda", "Караганда", 49.81, 73.09)]),
    "KZ-23": ("Atyrau Region", "Атырауская область", [("Atyrau", "Атырау", 47.11, 51.92)]),
    "UZ-QR": ("Republic of Karakalpakstan", "Республика Каракалпакстан", [("Nukus", "Нукус", 42.46, 59.60), ("Muynak", "Муйнак", 43.77, 59.02)]),
    "UZ-XO": ("Khorezm Region", "Хорезмская область", [("Urgench", "Ургенч", 41.55, 60.63)]),
    "UZ-BU": ("Bukhara Region", "Бухарская область", [("Bukhara", "Бухара", 39.77, 64.42)]),
    "UZ-SA": ("Samarkand Region", "Самаркандская область", [("Samarkand", "Самарканд", 39.65, 66.96)]),
    "UZ-FA": ("Fergana Region", "Ферганская область", [("Fergana", "Фергана", 40.39, 71.79)]),
    "UZ-AN": ("Andijan Region", "Андижанская область", [("Andijan", "Андижан", 40.78, 72.34)]),
    "UZ-NG": ("Namangan Region", "Наманганская область", [("Namangan", "Наманган", 41.00, 71.67)]),
    "UZ-SU": ("Surkhandarya Region", "Сурхандарьинская область", [("Denov", "Денау", 38.27, 67.90)]),
    "UZ-QA": ("Kashkadarya Region", "Кашкадарьинская область", [("Karshi", "Карши", 38.86, 65.79)]),
    "UZ-TK": ("Tashkent", "город Ташкент", [("Tashkent", "Ташкент", 41.31, 69.28)]),
    "UZ-SI": ("Syrdarya Region", "Сырдарьинская область", [("Gulistan", "Гулистан", 40.49, 68.78)]),
    "UZ-JI": ("Jizzakh Region", "Джизакская область", [("Jizzakh", "Джизак", 40.12, 67.84)]),
    "UZ-NW": ("Navoi Region", "Навоийская область", [("Navoi", "Навои", 40.10, 65.37)]),
    "KG-O": ("Osh Region", "Ошская область", [("Uzgen", "Узген", 40.77, 73.30)]),
    "KG-B": ("Batken Region", "Баткенская область", [("Batken", "Баткен", 40.06, 70.82)]),
    "KG-J": ("Jalal-Abad Region", "Джалал-Абадская область", [("Jalal-Abad", "Джалал-Абад", 40.93, 73.00), ("Toktogul", "Токтогул", 41.87, 72.94)]),
    "KG-N": ("Naryn Region", "Нарынская область", [("Naryn", "Нарын", 41.43, 75.99)]),
    "KG-Y": ("Issyk-Kul Region", "Иссык-Кульская область", [("Karakol", "Каракол", 42.49, 78.39)]),
    "KG-T": ("Talas Region", "Таласская область", [("Talas", "Талас", 42.52, 72.24)]),
    "KG-C": ("Chuy Region", "Чуйская область", [("Sokuluk", "Сокулук", 42.86, 74.30)]),
    "KG-GB": ("Bishkek", "город Бишкек", [("Bishkek", "Бишкек", 42.87, 74.59)]),
    "TJ-GB": ("Gorno-Badakhshan Autonomous Region", "Горно-Бадахшанская автономная область", [("Murghab", "Мургаб", 38.17, 73.96)]),
    "TJ-KT": ("Khatlon Region", "Хатлонская область", [("Bokhtar", "Бохтар", 37.84, 68.78), ("Kulob", "Куляб", 37.91, 69.78)]),
    "TJ-SU": ("Sughd Region", "Согдийская область", [("Khujand", "Худжанд", 40.28, 69.62), ("Istaravshan", "Истаравшан", 39.91, 69.00)]),
    "TJ-RA": ("Districts of Republican Subordination", "районы республиканского подчинения", [("Rasht", "Рашт", 39.02, 70.37)]),
    "TJ-DU": ("Dushanbe", "город Душанбе", [("Dushanbe", "Душанбе", 38.56, 68.77)]),
    "TM-D": ("Dashoguz Region", "Дашогузский велаят", [("Dashoguz", "Дашогуз", 41.84, 59.97)]),
    "TM-L": ("Lebap Region", "Лебапский велаят", [("Turkmenabat", "Туркменабат", 39.07, 63.58)]),
    "TM-M": ("Mary Region", "Марыйский велаят", [("Mary", "Мары", 37.60, 61.83)]),
    "TM-A": ("Ahal Region", "Ахалский велаят", [("Tejen", "Теджен", 37.38, 60.50)]),
    "TM-B": ("Balkan Region", "Балканский велаят", [("Balkanabat", "Балканабад", 39.51, 54.37)]),
    "TM-S": ("Ashgabat", "город Ашхабад", [("Ashgabat", "Ашхабад", 37.95, 58.38)]),
    "AF-BAL": ("Balkh Province", "провинция Балх", [("Mazar-i-Sharif", "Мазари-Шариф", 36.71, 67.11)]),
    "AF-HER": ("Herat Province", "провинция Герат", [("Herat", "Герат", 34.35, 62.20)]),
    "AF-KAB": ("Kabul Province", "провинция Кабул", [("Kabul", "Кабул", 34.53, 69.17)]),
    "AF-KAN": ("Kandahar Province", "провинция Кандагар", [("Kandahar", "Кандагар", 31.61, 65.71)]),
    "AF-NAN": ("Nangarhar Province", "провинция Нангархар", [("Jalalabad", "Джелалабад", 34.43, 70.45)]),
    "AF-BDS": ("Badakhshan Province", "провинция Бадахшан", [("Fayzabad", "Файзабад", 37.12, 70.58)]),
    "AF-BAM": ("Bamyan Province", "провинция Бамиан", [("Bamyan", "Бамиан", 34.82, 67.83)]),
    "AF-KDZ": ("Kunduz Province", "провинция Кундуз", [("Kunduz", "Кундуз", 36.73, 68.86)]),
    "AF-FYB": ("Faryab Province", "провинция Фарьяб", [("Maymana", "Меймене", 35.92, 64.78)]),
    "AF-JOW": ("Jowzjan Province", "провинция Джаузджан", [("Sheberghan", "Шибирган", 36.67, 65.75)]),
    "AF-GHO": ("Ghor Province", "провинция Гор", [("Chaghcharan", "Чагчаран", 34.52, 65.25)]),
    "AF-HEL": ("Helmand Province", "провинция Гильменд", [("Lashkar Gah", "Лашкаргах", 31.59, 64.37)]),
    "AF-DAY": ("Daykundi Province", "провинция Дайкунди", [("Nili", "Нили", 33.72, 66.13)]),
}
COUNTRY_RU = {"KZ": "Казахстан", "KG": "Кыргызстан", "TJ": "Таджикистан", "TM": "Туркменистан",
              "UZ": "Узбекистан", "AF": "Афганистан"}
COUNTRY_EN = {"KZ": "Kazakhstan", "KG": "Kyrgyzstan", "TJ": "Tajikistan", "TM": "Turkmenistan",
              "UZ": "Uzbekistan", "AF": "Afghanistan"}

# Rough units per US dollar, only to turn a budget into a plausible amount of another currency.
PER_USD = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "CHF": 0.88, "JPY": 150, "KRW": 1350, "KZT": 480,
           "UZS": 12700, "KGS": 87, "TJS": 10.9, "TMT": 3.5}
NO_MINOR_UNIT = {"JPY", "KRW"}
# The currency a funder budgets in; others budget in USD.
FUNDER_CURRENCY = {"JICA": "JPY", "GIZ": "EUR", "KfW": "EUR", "EU-INTPA": "EUR", "EBRD": "EUR",
                   "SDC": "CHF", "KOICA": "KRW", "FCDO": "GBP"}
LOCAL_CURRENCY = {"KZ": "KZT", "UZ": "UZS", "KG": "KGS", "TJ": "TJS", "TM": "TMT"}

# National bodies by field and country. Afghanistan has none: the demo never names the de facto
# authorities as a partner (see the demo README).
GOV = {
    "water": {"KZ": "KZ-MWRI", "UZ": "UZ-MWR", "KG": "KG-MWRAPI", "TJ": "TJ-MEWR", "TM": "TM-SCWM"},
    "irrigation": {"KZ": "KZ-MWRI", "UZ": "UZ-MWR", "KG": "KG-MWRAPI", "TJ": "TJ-ALRI", "TM": "TM-SCWM"},
    "environment": {"KZ": "KZ-MENR", "UZ": "UZ-MEEPCC", "KG": "KG-MNRETS", "TJ": "TJ-CEP", "TM": "TM-MEP"},
    "agriculture": {"KZ": "KZ-MOA", "UZ": "UZ-MOA", "KG": "KG-MWRAPI", "TJ": "TJ-ALRI"},
    "education": {"KZ": "KZ-MOE", "UZ": "UZ-MPSE", "TJ": "TJ-MOES", "TM": "TM-MOE"},
    "health": {"KZ": "KZ-MOH", "UZ": "UZ-MOH", "KG": "KG-MOH", "TJ": "TJ-MOHSP", "TM": "TM-MOH"},
    "disaster": {"KG": "KG-MES", "TJ": "TJ-CoES"},
    "energy": {"TJ": "TJ-MEWR"},
}


def theme(**fields):
    fields.setdefault("gov", None)
    fields.setdefault("implementers", [])
    fields.setdefault("funders", [])
    fields.setdefault("results", [])
    fields.setdefault("regional", False)
    fields.setdefault("statuses", None)
    return fields


# Each theme: titles (the area or countries follow after a colon), what the project does, SDG
# targets, OECD DAC sectors, where it may happen, who may lead, fund and implement it, a budget
# range in US dollars, and the results it may report.
THEMES = [
    theme(key="aral-water", en="Water efficiency in the Aral Sea basin",
          ru="Эффективное водопользование в бассейне Аральского моря",
          what_en="Lines irrigation canals, introduces water metering and trains water user associations to cut losses in the lower reaches.",
          what_ru="Облицовка оросительных каналов, учёт воды и обучение ассоциаций водопользователей для сокращения потерь в низовьях.",
          targets=["6.4", "6.5"], sectors=["14010", "31140"], areas=["KZ-43", "UZ-QR", "UZ-XO", "TM-D"],
          leads=["UNDP", "WBG", "ADB", "FAO"], funders=["GCF", "SDC", "EU-INTPA", "GIZ"], gov="irrigation",
          budget=(2_000_000, 30_000_000),
          results=[("sdg", "6.4.1", "Water-use efficiency", "USD/m3", 1.6, 2.3),
                   ("custom", "Canals lined", "Canals lined", "km", 0, 120)]),
    theme(key="aral-seabed", en="Saxaul plantations on the dried Aral seabed",
          ru="Посадки саксаула на осушенном дне Аральского моря",
          what_en="Plants saxaul and other desert shrubs to fix salt and dust storms on the exposed seabed.",
          what_ru="Посадка саксаула и других пустынных кустарников для закрепления солончаков и снижения пыльных бурь.",
          targets=["15.3", "15.2"], sectors=["31220", "41030"], areas=["UZ-QR", "KZ-43"],
          leads=["FAO", "UNDP", "GIZ", "UNEP"], funders=["GEF", "EU-INTPA", "JICA", "KOICA"], gov="environment",
          budget=(1_000_000, 12_000_000),
          results=[("sdg", "15.3.1", "Degraded land", "%", 34, 30),
                   ("custom", "Hectares of seabed planted with saxaul", "Seabed planted", "ha", 0, 50000)]),
    theme(key="amu-basin", en="Amu Darya basin transboundary water cooperation",
          ru="Трансграничное сотрудничество в бассейне Амударьи",
          what_en="Shares hydrological data between basin organisations and supports joint planning of water allocation.",
          what_ru="Обмен гидрологическими данными между бассейновыми организациями и совместное планирование распределения воды.",
          targets=["6.5", "17.16"], sectors=["14040"], countries=["TJ", "TM", "UZ", "AF"], regional=True,
          leads=["UNECE", "UNRCCA", "WBG", "GIZ"], funders=["EU-INTPA", "SDC", "FCDO"], implementers=["CAREC"],
          budget=(1_500_000, 9_000_000),
          results=[("sdg", "6.5.2", "Transboundary basin area with an operational arrangement", "%", 40, 70)]),
    theme(key="syr-basin", en="Syr Darya basin water allocation and data sharing",
          ru="Распределение воды и обмен данными в бассейне Сырдарьи",
          what_en="Automates gauging stations along the river and builds a shared seasonal forecast for the basin.",
          what_ru="Автоматизация гидропостов вдоль реки и общий сезонный прогноз стока для бассейна.",
          targets=["6.5", "6.4"], sectors=["14040", "14015"], countries=["KZ", "KG", "TJ", "UZ"], regional=True,
          leads=["WBG", "UNECE", "ADB", "UNRCCA"], funders=["SDC", "EU-INTPA", "USAID"], implementers=["CAREC"],
          budget=(2_000_000, 15_000_000),
          results=[("custom", "Automated gauging stations in operation", "Gauging stations", "stations", 12, 60)]),
    theme(key="glacier", en="Glacier monitoring and mountain water security",
          ru="Мониторинг ледников и водная безопасность горных районов",
          what_en="Installs glacier mass-balance and snow stations and links them to national hydrometeorological services.",
          what_ru="Установка станций баланса массы ледников и снегомерных станций, связанных с национальными гидрометслужбами.",
          targets=["13.1", "6.6"], sectors=["41010", "14015"], areas=["KG-N", "KG-Y", "TJ-GB", "TJ-RA", "KZ-19", "KZ-33"],
          leads=["UNESCO", "UNDP", "SDC", "UCA"], funders=["SDC", "GCF", "KOICA"], gov="environment",
          budget=(500_000, 5_000_000),
          results=[("custom", "Glaciers with annual mass-balance measurements", "Glaciers monitored", "glaciers", 4, 12)]),
    theme(key="glof", en="Glacial lake outburst flood early warning",
          ru="Раннее предупреждение о прорывах ледниковых озёр",
          what_en="Maps hazardous glacial lakes and installs sirens and sensors for the villages below them.",
          what_ru="Картирование опасных ледниковых озёр, датчики и сирены для сёл ниже по течению.",
          targets=["13.1", "11.5"], sectors=["43060", "74020"], areas=["KG-Y", "KG-T", "KG-J", "TJ-GB", "TJ-RA", "KZ-75"],
          leads=["UNDP", "KG-MES", "TJ-CoES", "AKAH", "WFP"], funders=["GCF", "SDC", "JICA", "ADB"], gov="disaster",
          budget=(400_000, 6_000_000),
          results=[("sdg", "13.1.1", "Deaths and affected persons from disasters per 100,000 people", "per 100,000", 120, 60),
                   ("custom", "Villages covered by an early warning system", "Villages with early warning", "villages", 5, 40)]),
    theme(key="desertification", en="Combating desertification and land degradation",
          ru="Борьба с опустыниванием и деградацией земель",
          what_en="Restores degraded pastures and drylands with rotational grazing, shelterbelts and community land-use plans.",
          what_ru="Восстановление деградированных пастбищ и засушливых земель: ротационный выпас, лесополосы, планы землепользования.",
          targets=["15.3", "2.4"], sectors=["41010", "31163"], areas=["TM-B", "TM-L", "TM-M", "UZ-NW", "UZ-BU", "KZ-47", "KZ-62", "KZ-61", "TJ-KT"],
          leads=["FAO", "UNDP", "UNEP", "IsDB", "GIZ"], funders=["GEF", "GCF", "EU-INTPA", "KOICA"], gov="environment",
          budget=(800_000, 10_000_000),
          results=[("sdg", "15.3.1", "Degraded land", "%", 28, 22),
                   ("custom", "Hectares of pasture under rotational grazing", "Pasture under rotation", "ha", 0, 80000)]),
    theme(key="adaptation", en="Climate adaptation of rural communities",
          ru="Адаптация сельских сообществ к изменению климата",
          what_en="Finances small adaptation measures chosen by villages: drip irrigation, drought-tolerant seed, mudflow protection.",
          what_ru="Финансирование небольших мер адаптации, выбранных сёлами: капельное орошение, засухоустойчивые семена, защита от селей.",
          targets=["13.1", "1.5", "2.4"], sectors=["43040", "41010"], areas=["KG-O", "KG-B", "KG-J", "TJ-KT", "TJ-SU", "UZ-FA", "UZ-NG", "UZ-JI", "KZ-31", "TM-A"],
          leads=["UNDP", "WFP", "ADB", "MercyCorps", "ACTED", "GIZ"], funders=["GCF", "EU-INTPA", "FCDO", "KOICA", "USAID"], gov="environment",
          budget=(500_000, 8_000_000),
          results=[("custom", "Households applying at least one adaptation measure", "Households adapting", "households", 0, 15000)]),
    theme(key="drip", en="Drip irrigation for smallholder orchards",
          ru="Капельное орошение садов мелких фермеров",
          what_en="Co-finances drip systems and trains farmers and extension workers in irrigation scheduling.",
          what_ru="Софинансирование систем капельного орошения и обучение фермеров и консультантов графикам полива.",
          targets=["6.4", "2.3"], sectors=["31140", "31166"], areas=["UZ-SA", "UZ-AN", "UZ-NG", "UZ-FA", "TJ-SU", "KG-O", "KZ-61", "KZ-79"],
          leads=["FAO", "ADB", "JICA", "KOICA", "WBG"], funders=["IsDB", "AIIB", "JICA", "KOICA"], gov="agriculture",
          budget=(1_000_000, 25_000_000),
          results=[("custom", "Hectares under drip irrigation", "Area under drip irrigation", "ha", 0, 6000),
                   ("sdg", "6.4.1", "Water-use efficiency", "USD/m3", 1.9, 2.6)]),
    theme(key="food-security", en="Food security and nutrition for vulnerable households",
          ru="Продовольственная безопасность и питание уязвимых домохозяйств",
          what_en="Combines cash-based food assistance with kitchen gardens and nutrition counselling for mothers.",
          what_ru="Сочетает продовольственную помощь в денежной форме с приусадебными огородами и консультированием матерей по питанию.",
          targets=["2.1", "2.2"], sectors=["12240", "31161"], areas=["TJ-KT", "TJ-RA", "KG-B", "KG-N", "UZ-SU", "UZ-QR"],
          leads=["WFP", "FAO", "UNICEF", "MercyCorps", "SCI"], funders=["USAID", "JICA", "KOICA", "FCDO"], gov="health",
          budget=(600_000, 9_000_000),
          results=[("sdg", "2.1.2", "Moderate or severe food insecurity", "%", 24, 15)]),
    theme(key="af-food", en="Emergency food assistance and livelihoods",
          ru="Экстренная продовольственная помощь и средства к существованию",
          what_en="Delivers food and cash to families facing acute food insecurity and restores wheat seed and livestock assets.",
          what_ru="Продовольствие и денежная помощь семьям в острой нехватке продовольствия, восстановление семенного фонда пшеницы и скота.",
          targets=["2.1", "1.5"], sectors=["72040", "31161"], areas=["AF-BAL", "AF-HER", "AF-FYB", "AF-JOW", "AF-GHO", "AF-DAY", "AF-BDS", "AF-KAN"],
          leads=["WFP", "FAO", "NRC", "ACTED", "MercyCorps", "Afghanaid"], funders=["FCDO", "EU-INTPA", "JICA", "KOICA", "USAID"], implementers=["ACBAR"],
          budget=(1_000_000, 40_000_000),
          results=[("sdg", "2.1.2", "Moderate or severe food insecurity", "%", 55, 45),
                   ("custom", "People receiving food or cash assistance", "People assisted", "people", 0, 250000)]),
    theme(key="af-shelter", en="Shelter and winterisation for displaced and returning families",
          ru="Жильё и подготовка к зиме для перемещённых и возвращающихся семей",
          what_en="Repairs homes, distributes winter kits and supports returnees with documentation and housing, land and property advice.",
          what_ru="Ремонт жилья, зимние наборы, помощь возвращающимся с документами и консультации по жилью, земле и имуществу.",
          targets=["11.1", "1.5", "10.7"], sectors=["72010", "72050"], areas=["AF-NAN", "AF-KAB", "AF-HER", "AF-KDZ", "AF-KAN"],
          leads=["UNHCR", "IOM", "NRC", "UN-Habitat", "ACTED"], funders=["EU-INTPA", "FCDO", "JICA"], implementers=["ACBAR"],
          budget=(800_000, 20_000_000),
          results=[("custom", "Households with repaired or transitional shelter", "Households sheltered", "households", 0, 8000)]),
    theme(key="af-health", en="Primary health care and nutrition services",
          ru="Первичная медико-санитарная помощь и услуги по питанию",
          what_en="Keeps rural health facilities running and treats acute malnutrition in children under five.",
          what_ru="Поддержка работы сельских медицинских пунктов и лечение острой недостаточности питания у детей до пяти лет.",
          targets=["3.8", "2.2", "3.1"], sectors=["12220", "12240"], areas=["AF-BDS", "AF-GHO", "AF-HEL", "AF-KAN", "AF-BAM", "AF-NAN"],
          leads=["WHO", "UNICEF", "UNFPA", "SCI"], funders=["EU-INTPA", "FCDO", "KOICA", "WBG"],
          budget=(1_000_000, 30_000_000),
          results=[("custom", "Children under five treated for severe acute malnutrition", "Children treated", "children", 0, 40000)]),
    theme(key="af-education", en="Community-based education",
          ru="Образование на базе общин",
          what_en="Runs community-based classes close to home, trains local teachers and provides learning materials.",
          what_ru="Классы на базе общин рядом с домом, подготовка местных учителей и учебные материалы.",
          targets=["4.1", "4.5"], sectors=["11220", "11130"], areas=["AF-BAM", "AF-DAY", "AF-GHO", "AF-BDS", "AF-HER", "AF-BAL"],
          leads=["UNICEF", "UNESCO", "SCI", "AKF"], funders=["EU-INTPA", "FCDO", "JICA", "GIZ"],
          budget=(500_000, 15_000_000),
          results=[("custom", "Children attending community-based classes", "Children in class", "children", 0, 30000)]),
    theme(key="af-women", en="Livelihoods for women-headed households",
          ru="Средства к существованию для домохозяйств, возглавляемых женщинами",
          what_en="Supports home-based enterprises, savings groups and market access for women who head their households.",
          what_ru="Поддержка надомного предпринимательства, групп сбережений и доступа к рынкам для женщин — глав домохозяйств.",
          targets=["5.a", "1.4", "8.5"], sectors=["15170", "32130"], areas=["AF-BAL", "AF-HER", "AF-KAB", "AF-BAM"],
          leads=["UN-Women", "UNDP", "AKF", "Afghanaid", "MercyCorps"], funders=["EU-INTPA", "FCDO", "SDC"],
          budget=(400_000, 6_000_000),
          results=[("custom", "Women-led enterprises supported", "Enterprises supported", "enterprises", 0, 3000)]),
    theme(key="school-quality", en="Quality and inclusive school education",
          ru="Качественное и инклюзивное школьное образование",
          what_en="Updates the curriculum, retrains teachers and makes schools accessible to children with disabilities.",
          what_ru="Обновление учебной программы, переподготовка учителей и доступность школ для детей с инвалидностью.",
          targets=["4.1", "4.5", "4.c"], sectors=["11220", "11130"], areas=["KZ-43", "KZ-61", "KZ-10", "UZ-QA", "UZ-SU", "UZ-JI", "TJ-KT", "TJ-SU", "TM-L", "TM-M"],
          leads=["UNICEF", "UNESCO", "WBG", "ADB"], funders=["WBG", "IsDB", "KOICA", "EU-INTPA"], gov="education",
          budget=(1_000_000, 40_000_000),
          results=[("sdg", "4.1.1", "Pupils at least at minimum proficiency in reading", "%", 48, 60)]),
    theme(key="preschool", en="Early childhood education in rural areas",
          ru="Дошкольное образование в сельской местности",
          what_en="Opens community kindergartens and trains their educators in play-based learning.",
          what_ru="Открытие общинных детских садов и обучение воспитателей игровым методам.",
          targets=["4.2"], sectors=["11240"], areas=["UZ-QA", "UZ-SU", "UZ-XO", "TJ-KT", "TJ-GB", "KG-O", "KG-B"],
          leads=["UNICEF", "AKF", "WBG", "SCI"], funders=["WBG", "KOICA", "JICA"], gov="education",
          budget=(500_000, 10_000_000),
          results=[("sdg", "4.2.2", "Participation in organised learning one year before primary entry", "%", 38, 65)]),
    theme(key="tvet", en="Vocational skills for youth employment",
          ru="Профессиональные навыки для занятости молодёжи",
          what_en="Modernises vocational colleges with employers and places graduates in apprenticeships.",
          what_ru="Модернизация колледжей совместно с работодателями и стажировки выпускников.",
          targets=["8.6", "4.4"], sectors=["11330", "16020"], areas=["KZ-79", "KZ-35", "UZ-TK", "UZ-AN", "KG-GB", "KG-C", "TJ-DU", "TJ-SU", "TM-S"],
          leads=["ILO", "UNDP", "ADB", "GIZ", "EFCA", "KOICA"], funders=["ADB", "EU-INTPA", "GIZ", "KOICA"], gov="education",
          budget=(700_000, 20_000_000),
          results=[("sdg", "8.6.1", "Youth not in education, employment or training", "%", 22, 17),
                   ("custom", "Graduates employed within six months", "Graduates employed", "people", 0, 4000)]),
    theme(key="gender-violence", en="Ending violence against women and girls",
          ru="Искоренение насилия в отношении женщин и девочек",
          what_en="Strengthens shelters, hotlines and police response, and works with communities on harmful norms.",
          what_ru="Укрепление кризисных центров, горячих линий и реагирования полиции, работа с сообществами над вредными нормами.",
          targets=["5.2", "16.1"], sectors=["15180"], areas=["KZ-71", "KZ-75", "UZ-TK", "UZ-QR", "KG-GB", "KG-J", "TJ-DU", "TJ-KT"],
          leads=["UN-Women", "UNFPA", "UNDP", "OHCHR"], funders=["EU-INTPA", "FCDO", "KOICA"], gov="health",
          budget=(300_000, 5_000_000),
          results=[("custom", "Survivors receiving specialised services", "Survivors assisted", "people", 0, 6000)]),
    theme(key="women-econ", en="Women's economic empowerment in agriculture",
          ru="Расширение экономических возможностей женщин в сельском хозяйстве",
          what_en="Helps rural women obtain land-use rights, credit and places in value chains.",
          what_ru="Помощь сельским женщинам в получении прав землепользования, кредитов и места в цепочках создания стоимости.",
          targets=["5.a", "2.3"], sectors=["15170", "31120"], areas=["KG-O", "KG-J", "KG-T", "TJ-KT", "TJ-SU", "UZ-FA", "UZ-SA"],
          leads=["UN-Women", "FAO", "WFP", "MercyCorps"], funders=["SDC", "KOICA", "FCDO", "USAID"], gov="agriculture",
          budget=(300_000, 4_000_000),
          results=[("sdg", "5.a.1", "Women among owners or rights-bearers of agricultural land", "%", 15, 25)]),
    theme(key="digital-gov", en="Digital public services",
          ru="Цифровые государственные услуги",
          what_en="Moves high-demand public services online and trains civil servants and rural service centres.",
          what_ru="Перевод востребованных государственных услуг в онлайн и обучение госслужащих и сельских центров обслуживания.",
          targets=["16.6", "17.8"], sectors=["15110", "22040"], countries=["KZ", "KG", "TJ", "UZ", "TM"],
          leads=["UNDP", "WBG", "KOICA", "ADB", "ESCAP"], funders=["KOICA", "WBG", "EU-INTPA"],
          budget=(500_000, 20_000_000),
          results=[("custom", "Public services available online", "Services online", "services", 20, 120)]),
    theme(key="digital-schools", en="Internet connectivity for rural schools",
          ru="Подключение сельских школ к интернету",
          what_en="Connects rural schools to broadband and equips computer classrooms.",
          what_ru="Подключение сельских школ к широкополосному интернету и оснащение компьютерных классов.",
          targets=["4.a", "9.c", "17.6"], sectors=["22040", "11120"], areas=["KZ-10", "KZ-62", "KG-N", "KG-T", "TJ-RA", "TJ-GB", "UZ-QR", "TM-B"],
          leads=["UNICEF", "WBG", "KOICA", "AIIB"], funders=["KOICA", "AIIB", "WBG"], gov="education",
          budget=(1_000_000, 25_000_000),
          results=[("custom", "Schools with a broadband connection", "Schools connected", "schools", 0, 900)]),
    theme(key="transport", en="Regional transport corridor",
          ru="Региональный транспортный коридор",
          what_en="Rehabilitates a section of a regional road corridor and modernises border crossing points.",
          what_ru="Реконструкция участка регионального автодорожного коридора и модернизация пунктов пропуска.",
          targets=["9.1", "17.10"], sectors=["21020", "33120"], countries=["KZ", "KG", "TJ", "UZ", "TM", "AF"], regional=True,
          leads=["ADB", "WBG", "EBRD", "AIIB", "IsDB"], funders=["ADB", "AIIB", "EBRD", "JICA"], implementers=["UNECE", "ESCAP"],
          budget=(20_000_000, 400_000_000),
          results=[("custom", "Kilometres of corridor road rehabilitated", "Road rehabilitated", "km", 0, 250)]),
    theme(key="rail", en="Railway modernisation",
          ru="Модернизация железных дорог",
          what_en="Electrifies and signals a railway line to move freight between Central Asia and its neighbours.",
          what_ru="Электрификация и оснащение сигнализацией железнодорожной линии для грузовых перевозок между Центральной Азией и соседями.",
          targets=["9.1", "11.2"], sectors=["21030"], countries=["KZ", "UZ", "TM"],
          leads=["ADB", "EBRD", "AIIB", "WBG"], funders=["ADB", "EBRD", "AIIB", "JICA"],
          budget=(30_000_000, 500_000_000)),
    theme(key="drinking-water", en="Rural drinking water supply and sanitation",
          ru="Сельское питьевое водоснабжение и санитария",
          what_en="Builds village water systems with household connections and school sanitation.",
          what_ru="Строительство сельских водопроводов с подключением домохозяйств и санитария в школах.",
          targets=["6.1", "6.2"], sectors=["14030", "14031"], areas=["UZ-QR", "UZ-XO", "UZ-BU", "TJ-KT", "TJ-SU", "KG-B", "KG-O", "KG-N", "KZ-43", "KZ-31", "TM-D"],
          leads=["UNICEF", "WBG", "ADB", "IsDB", "EBRD", "SDC"], funders=["SDC", "IsDB", "AIIB", "KfW"], gov="water",
          budget=(1_000_000, 60_000_000),
          results=[("sdg", "6.1.1", "Population using safely managed drinking water services", "%", 62, 85),
                   ("custom", "Households connected to piped water", "Households connected", "households", 0, 20000)]),
    theme(key="hydropower", en="Small hydropower and energy efficiency",
          ru="Малая гидроэнергетика и энергоэффективность",
          what_en="Rehabilitates small hydropower plants and insulates schools and clinics in mountain districts.",
          what_ru="Восстановление малых ГЭС и утепление школ и медпунктов в горных районах.",
          targets=["7.2", "7.3", "7.1"], sectors=["23220", "23210"], areas=["TJ-GB", "TJ-RA", "TJ-SU", "KG-N", "KG-J", "KG-Y"],
          leads=["UNDP", "KfW", "EBRD", "AKAH", "WBG"], funders=["KfW", "EBRD", "SDC", "GCF"], gov="energy",
          budget=(1_000_000, 40_000_000),
          results=[("sdg", "7.2.1", "Renewable share of final energy consumption", "%", 40, 46)]),
    theme(key="solar", en="Solar power for public buildings",
          ru="Солнечная энергия для общественных зданий",
          what_en="Installs rooftop solar and batteries on schools, clinics and water pumping stations.",
          what_ru="Установка солнечных панелей и аккумуляторов на школах, медпунктах и насосных станциях.",
          targets=["7.2", "13.2"], sectors=["23230"], areas=["UZ-NW", "UZ-BU", "UZ-SA", "KZ-61", "KZ-79", "TM-A", "TM-M", "AF-HER", "AF-BAL"],
          leads=["UNDP", "ADB", "EBRD", "UNOPS", "UNIDO"], funders=["GCF", "AIIB", "EBRD", "KOICA", "JICA"],
          budget=(500_000, 20_000_000),
          results=[("custom", "Installed solar capacity", "Solar capacity", "kW", 0, 5000)]),
    theme(key="health-phc", en="Primary health care strengthening",
          ru="Укрепление первичной медико-санитарной помощи",
          what_en="Equips rural health centres, trains family doctors and nurses and introduces electronic health records.",
          what_ru="Оснащение сельских центров здоровья, обучение семейных врачей и медсестёр, электронные медицинские карты.",
          targets=["3.8", "3.1", "3.4"], sectors=["12220"], areas=["KZ-43", "KZ-63", "UZ-QR", "UZ-SU", "KG-J", "KG-B", "TJ-KT", "TJ-RA", "TM-L", "TM-D"],
          leads=["WHO", "UNICEF", "WBG", "ADB", "UNFPA"], funders=["WBG", "ADB", "KOICA", "JICA", "GIZ"], gov="health",
          budget=(1_000_000, 50_000_000),
          results=[("sdg", "3.8.1", "Coverage of essential health services", "index", 68, 75)]),
    theme(key="immunisation", en="Routine immunisation and cold chain",
          ru="Плановая иммунизация и холодовая цепь",
          what_en="Replaces cold-chain equipment and trains vaccinators to reach every child.",
          what_ru="Замена оборудования холодовой цепи и обучение прививочных бригад, чтобы охватить каждого ребёнка.",
          targets=["3.b", "3.2"], sectors=["12250"], countries=["KZ", "KG", "TJ", "TM", "UZ", "AF"],
          leads=["UNICEF", "WHO"], funders=["JICA", "KOICA", "WBG"], gov="health",
          budget=(500_000, 15_000_000),
          results=[("sdg", "3.b.1", "Population covered by all vaccines in the national programme", "%", 88, 95)]),
    theme(key="migration", en="Safe labour migration and reintegration of returning migrants",
          ru="Безопасная трудовая миграция и реинтеграция вернувшихся мигрантов",
          what_en="Offers pre-departure counselling, recognises migrants' skills and helps returnees start businesses.",
          what_ru="Консультации перед выездом, признание квалификации мигрантов и помощь вернувшимся в открытии бизнеса.",
          targets=["10.7", "8.8"], sectors=["15190", "16020"], countries=["KG", "TJ", "UZ"],
          leads=["IOM", "ILO", "UNDP", "SDC"], funders=["SDC", "EU-INTPA", "FCDO", "KOICA"],
          budget=(500_000, 8_000_000),
          results=[("custom", "Returning migrants who started a business", "Returnee businesses", "businesses", 0, 2500)]),
    theme(key="sme", en="Access to finance for small and medium enterprises",
          ru="Доступ к финансированию для малых и средних предприятий",
          what_en="Extends credit lines through local banks to small businesses, a share reserved for women and young entrepreneurs.",
          what_ru="Кредитные линии через местные банки для малого бизнеса с долей для женщин и молодых предпринимателей.",
          targets=["8.3", "8.10", "9.3"], sectors=["32130", "24030"], countries=["KZ", "KG", "TJ", "UZ"],
          leads=["EBRD", "ADB", "IsDB", "KfW", "EFCA"], funders=["EBRD", "ADB", "KfW", "EU-INTPA"],
          budget=(5_000_000, 100_000_000),
          results=[("custom", "Loans to small and medium enterprises", "SME loans", "loans", 0, 5000)]),
    theme(key="drr", en="Disaster risk reduction and preparedness",
          ru="Снижение риска бедствий и готовность к ним",
          what_en="Builds mudflow and flood defences, trains local rescue teams and updates district contingency plans.",
          what_ru="Строительство защит от селей и паводков, обучение местных спасателей и обновление районных планов реагирования.",
          targets=["11.b", "13.1", "1.5"], sectors=["43060"], areas=["TJ-SU", "TJ-KT", "TJ-RA", "KG-B", "KG-J", "KG-O", "KZ-19", "KZ-75", "UZ-NG"],
          leads=["UNDP", "WFP", "AKAH", "ADB", "JICA"], funders=["JICA", "ADB", "SDC", "EU-INTPA"], gov="disaster",
          budget=(500_000, 25_000_000),
          results=[("custom", "People protected by new flood and mudflow defences", "People protected", "people", 0, 60000)]),
    theme(key="biodiversity", en="Protected areas and snow leopard habitat",
          ru="Охраняемые природные территории и места обитания снежного барса",
          what_en="Supports rangers, community conservancies and wildlife monitoring in mountain protected areas.",
          what_ru="Поддержка инспекторов, общинных охотхозяйств и мониторинга дикой природы в горных ООПТ.",
          targets=["15.1", "15.5", "15.7"], sectors=["41030"], areas=["KG-Y", "KG-N", "TJ-GB", "KZ-19", "KZ-63", "UZ-TK"],
          leads=["UNDP", "UNEP", "GIZ", "UCA"], funders=["GEF", "GIZ", "EU-INTPA"], gov="environment",
          budget=(300_000, 6_000_000),
          results=[("custom", "Camera-trap stations in operation", "Camera traps", "stations", 10, 80)]),
    theme(key="peace", en="Cross-border cooperation and conflict prevention",
          ru="Приграничное сотрудничество и предотвращение конфликтов",
          what_en="Funds joint water and pasture projects of border communities and brings local officials together.",
          what_ru="Совместные проекты приграничных сообществ по воде и пастбищам, встречи местных руководителей.",
          targets=["16.1", "16.7", "6.5"], sectors=["15220"], countries=["KG", "TJ", "UZ"], regional=True,
          leads=["UNDP", "UNRCCA", "UNICEF", "ACTED", "FCDO"], funders=["FCDO", "EU-INTPA", "SDC"],
          budget=(500_000, 6_000_000),
          results=[("custom", "Joint cross-border community projects completed", "Joint projects", "projects", 0, 60)]),
    theme(key="urban", en="Resilient and green cities",
          ru="Устойчивые и зелёные города",
          what_en="Invests in district heating, public transport and green spaces and strengthens city climate planning.",
          what_ru="Инвестиции в централизованное теплоснабжение, общественный транспорт и озеленение, климатическое планирование городов.",
          targets=["11.6", "11.2", "11.7"], sectors=["43030", "23210"], areas=["KZ-75", "KZ-71", "KZ-79", "UZ-TK", "UZ-SA", "KG-GB", "TJ-DU", "TJ-SU", "TM-S"],
          leads=["EBRD", "UN-Habitat", "ADB", "UNDP"], funders=["EBRD", "GCF", "EU-INTPA"],
          budget=(2_000_000, 80_000_000),
          results=[("sdg", "11.6.2", "Annual mean fine particulate matter (PM2.5)", "µg/m3", 38, 30)]),
    theme(key="social-protection", en="Social protection for families with children",
          ru="Социальная защита семей с детьми",
          what_en="Improves targeting of child benefits and links them with social services.",
          what_ru="Более точная адресность детских пособий и их связь с социальными услугами.",
          targets=["1.3", "10.4"], sectors=["16010"], countries=["KZ", "KG", "TJ", "UZ"],
          leads=["UNICEF", "WBG", "ILO"], funders=["WBG", "EU-INTPA", "FCDO"], gov="health",
          budget=(500_000, 30_000_000),
          results=[("sdg", "1.3.1", "Population covered by social protection", "%", 45, 60)]),
]

# Pairs that genuinely overlap: the same SDG target in the same area at the same time, led by
# different agencies (what the coordination view should find).
OVERLAPS = [
    ("aral-water", "KZ-43", "UNDP", "ADB", "6.4"),
    ("aral-seabed", "UZ-QR", "FAO", "GIZ", "15.3"),
    ("food-security", "TJ-KT", "WFP", "MercyCorps", "2.1"),
    ("af-food", "AF-BAL", "FAO", "ACTED", "2.1"),
    ("glof", "KG-Y", "UNDP", "KG-MES", "13.1"),
]

STATUS_WEIGHTS = [("implementation", 55), ("closed", 18), ("pipeline", 12), ("finalisation", 9),
                  ("cancelled", 3)]


class Generator:
    def __init__(self, organisations):
        self.rnd = random.Random(SEED)
        self.orgs = {o["key"]: o for o in organisations}
        self.projects = []

    def operates_in(self, key, country):
        org = self.orgs[key]
        return country in org["countries"] or org["headquartersCountry"] == country

    def pick(self, choices):
        return choices[self.rnd.randrange(len(choices))]

    def day(self, start, end):
        return start + timedelta(days=self.rnd.randrange((end - start).days + 1))

    def dates(self, status, country, funders):
        years = timedelta(days=365)
        if "USAID" in funders:
            # USAID's awards were ended in 2025: its projects here are history.
            status = "closed"
            start = self.day(date(2018, 1, 1), date(2021, 12, 31))
            end = min(start + self.rnd.randint(2, 4) * years, date(2025, 3, 31))
            return status, {"plannedStart": start.isoformat(), "plannedEnd": end.isoformat(),
                            "actualStart": (start + timedelta(days=self.rnd.randrange(60))).isoformat(),
                            "actualEnd": end.isoformat()}
        if status == "suspended":
            # Afghan projects that stopped in August 2021 and have not resumed.
            start = self.day(date(2018, 1, 1), date(2021, 6, 30))
            end = start + self.rnd.randint(3, 5) * years
            return status, {"plannedStart": start.isoformat(), "plannedEnd": end.isoformat(),
                            "actualStart": start.isoformat(), "actualEnd": None}
        if status == "closed":
            start = self.day(date(2015, 1, 1), AS_OF - 4 * years)
            end = start + self.rnd.randint(2, 5) * years
            actual_end = min(end + timedelta(days=self.rnd.randrange(-30, 90)), AS_OF - timedelta(days=30))
            return status, {"plannedStart": start.isoformat(), "plannedEnd": end.isoformat(),
                            "actualStart": (start + timedelta(days=self.rnd.randrange(90))).isoformat(),
                            "actualEnd": actual_end.isoformat()}
        if status == "finalisation":
            start = self.day(AS_OF - 5 * years, AS_OF - 2 * years)
            end = self.day(AS_OF - timedelta(days=180), AS_OF - timedelta(days=10))
            return status, {"plannedStart": start.isoformat(), "plannedEnd": end.isoformat(),
                            "actualStart": (start + timedelta(days=self.rnd.randrange(60))).isoformat(),
                            "actualEnd": None}
        if status == "pipeline":
            start = self.day(AS_OF + timedelta(days=60), AS_OF + timedelta(days=420))
            return status, {"plannedStart": start.isoformat(),
                            "plannedEnd": (start + self.rnd.randint(2, 5) * years).isoformat(),
                            "actualStart": None, "actualEnd": None}
        if status == "cancelled":
            start = self.day(AS_OF - 3 * years, AS_OF - timedelta(days=90))
            return status, {"plannedStart": start.isoformat(),
                            "plannedEnd": (start + self.rnd.randint(2, 4) * years).isoformat(),
                            "actualStart": None, "actualEnd": None}
        start = self.day(AS_OF - 4 * years, AS_OF - timedelta(days=90))
        end = self.day(AS_OF + timedelta(days=180), AS_OF + 4 * years)
        return "implementation", {"plannedStart": start.isoformat(), "plannedEnd": end.isoformat(),
                                  "actualStart": (start + timedelta(days=self.rnd.randrange(90))).isoformat(),
                                  "actualEnd": None}

    def status(self, country):
        # Only Afghanistan's projects are suspended in this demo (since August 2021).
        if country == "AF" and self.rnd.random() < 0.12:
            return "suspended"
        weights = [w for _, w in STATUS_WEIGHTS]
        return self.rnd.choices([s for s, _ in STATUS_WEIGHTS], weights)[0]

    def budget(self, t, currency):
        low, high = t["budget"]
        usd = Decimal(self.rnd.uniform(low, high))
        amount = usd * Decimal(str(PER_USD[currency]))
        # Round to three significant figures, as budgets are announced.
        digits = len(str(int(amount))) - 3
        step = Decimal(10) ** max(digits, 0)
        amount = (amount / step).quantize(Decimal(1), ROUND_HALF_UP) * step
        text = str(int(amount)) if currency in NO_MINOR_UNIT else f"{amount:.2f}"
        return {"amount": text, "currency": currency}

    def organisations(self, t, country, lead, funders):
        roles = [(lead, "accountable")]
        for funder in funders:
            roles.append((funder, "funding"))
        implementers = [k for k in t["implementers"] if country is None or self.operates_in(k, country)]
        if t["gov"] and country in GOV[t["gov"]]:
            implementers.insert(0, GOV[t["gov"]][country])
        for implementer in implementers[:2]:
            roles.append((implementer, "implementing"))
        seen, unique = set(), []
        for key, role in roles:
            if key not in seen:
                seen.add(key)
                unique.append({"organisation": key, "role": role})
        return unique

    def results(self, t, status, dates):
        if not t["results"] or status in ("pipeline", "cancelled") or self.rnd.random() < 0.5:
            return []
        results = []
        start_year = int(dates["actualStart"][:4]) if dates["actualStart"] else AS_OF.year
        end = dates["actualEnd"] or dates["plannedEnd"]
        for kind, code, title, unit, baseline, target in t["results"][: self.rnd.randint(1, 2)]:
            indicator = {"sdgIndicator": code} if kind == "sdg" else {"custom": code}
            actuals = []
            for year in range(start_year, min(int(end[:4]), AS_OF.year - 1) + 1):
                share = (year - start_year + 1) / max(int(end[:4]) - start_year + 1, 1)
                value = baseline + (target - baseline) * min(share, 1) * self.rnd.uniform(0.7, 1.0)
                actuals.append({"periodStart": f"{year}-01-01", "periodEnd": f"{year}-12-31",
                                "value": round(value, 2)})
            results.append({"title": {"en": title}, "indicator": indicator, "unit": unit,
                            "baseline": {"year": max(start_year - 1, 2010), "value": baseline},
                            "target": {"year": int(end[:4]), "value": target},
                            "actuals": actuals})
        return results

    def locations(self, area_codes, with_points):
        locations = []
        for code in area_codes:
            area_en, area_ru, towns = AREAS[code]
            town_en, town_ru, lat, lon = self.pick(towns)
            location = {"country": code.split("-")[0], "adminArea": code, "name": town_en}
            if with_points:
                location["point"] = {"lat": lat, "lon": lon}
            locations.append(location)
        return locations

    def add(self, t, countries, area_codes, lead, funders, status=None, dates=None):
        number = len(self.projects) + 1
        country = countries[0] if len(countries) == 1 else None
        if status is None:
            status, dates = self.dates(self.status(country), country, funders)
        org = self.orgs[lead]
        prefix = org.get("identifier") or "DEMO-" + lead.upper()
        if org.get("identifier"):
            identifier = f"{prefix}-DEMO-{number:04d}"
        else:
            identifier = f"{prefix}-{number:04d}"
        if area_codes and len(countries) == 1:
            place_en = ", ".join(AREAS[c][0] for c in area_codes)
            place_ru = ", ".join(AREAS[c][1] for c in area_codes)
            place_en += f" ({COUNTRY_EN[countries[0]]})"
            place_ru += f" ({COUNTRY_RU[countries[0]]})"
        else:
            place_en = ", ".join(COUNTRY_EN[c] for c in countries)
            place_ru = ", ".join(COUNTRY_RU[c] for c in countries)
        currency = FUNDER_CURRENCY.get(funders[0] if funders else lead, "USD")
        if self.orgs[lead]["kind"] == "national-government":
            currency = LOCAL_CURRENCY[countries[0]]
        percentages = self.split(len(countries))
        project = {
            "iatiIdentifier": identifier,
            "reportingOrganisation": lead,
            "title": {"en": f"{t['en']}: {place_en}", "ru": f"{t['ru']}: {place_ru}"},
            "description": {"en": f"{t['what_en']} {DEMO_EN}", "ru": f"{t['what_ru']} {DEMO_RU}"},
            "status": status,
            "dates": dates,
            "sdgTargets": list(t["targets"]),
            "sectors": list(t["sectors"]),
            "recipientCountries": [{"country": c, "percentage": p} for c, p in zip(countries, percentages)],
            "locations": self.locations(area_codes, self.rnd.random() < 0.75),
            "participatingOrganisations": self.organisations(t, country, lead, funders),
        }
        if self.rnd.random() < 0.9:
            project["budget"] = self.budget(t, currency)
        project["results"] = self.results(t, status, dates)
        self.projects.append(project)
        return project

    def split(self, n):
        if n == 1:
            return [100]
        weights = [self.rnd.randint(1, 4) for _ in range(n)]
        shares = [100 * w // sum(weights) for w in weights]
        shares[0] += 100 - sum(shares)
        return shares

    def leads_for(self, t, country):
        leads = [k for k in t["leads"] if country is None or self.operates_in(k, country)]
        if not leads:
            raise ValueError(f"theme {t['key']}: no lead operates in {country}")
        return leads

    def funders_for(self, t, lead):
        funders = [f for f in t["funders"] if f != lead]
        count = self.rnd.choice([0, 1, 1, 2])
        self.rnd.shuffle(funders)
        return funders[:count]

    def local(self, t, area):
        country = area.split("-")[0]
        lead = self.pick(self.leads_for(t, country))
        # Some projects are the government's own, co-financed by partners.
        if t["gov"] and country in GOV[t["gov"]] and self.rnd.random() < 0.2:
            lead = GOV[t["gov"]][country]
        self.add(t, [country], [area], lead, self.funders_for(t, lead))

    def national(self, t, country):
        lead = self.pick(self.leads_for(t, country))
        areas = [c for c in AREAS if c.startswith(country + "-")]
        chosen = sorted(self.rnd.sample(areas, self.rnd.randint(0, 2)))
        self.add(t, [country], chosen, lead, self.funders_for(t, lead))

    def regional(self, t):
        countries = sorted(self.rnd.sample(t["countries"], self.rnd.randint(2, len(t["countries"]))))
        lead = self.pick(self.leads_for(t, None))
        areas = []
        for country in countries:
            candidates = [c for c in AREAS if c.startswith(country + "-")]
            areas.append(self.pick(candidates))
        self.add(t, countries, sorted(areas) if self.rnd.random() < 0.6 else [], lead, self.funders_for(t, lead))

    def overlap(self, t, area, first, second):
        country = area.split("-")[0]
        start = AS_OF - timedelta(days=500)
        for offset, lead in ((0, first), (200, second)):
            begin = start + timedelta(days=offset)
            dates = {"plannedStart": begin.isoformat(),
                     "plannedEnd": (begin + timedelta(days=365 * 3)).isoformat(),
                     "actualStart": begin.isoformat(), "actualEnd": None}
            self.add(t, [country], [area], lead, self.funders_for(t, lead), "implementation", dates)

    def run(self):
        themes = {t["key"]: t for t in THEMES}
        for key, area, first, second, _ in OVERLAPS:
            self.overlap(themes[key], area, first, second)
        for t in THEMES:
            if t["regional"]:
                for _ in range(3):
                    self.regional(t)
            if "areas" in t:
                for area in self.rnd.sample(t["areas"], min(len(t["areas"]), 5)):
                    self.local(t, area)
            elif not t["regional"]:
                for country in self.rnd.sample(t["countries"], min(len(t["countries"]), 3)):
                    self.national(t, country)
        return self.projects


def main():
    organisations = json.loads((DEMO / "organisations.json").read_text(encoding="utf-8"))
    projects = Generator(organisations["organisations"]).run()
    document = {
        "demo": True,
        "notice": ("DEMO DATA for the local stack only: made-up projects of real organisations in real "
                   "places, written by tools/generate_demo_projects.py; not real projects."),
        "projects": projects,
    }
    target = DEMO / "projects.json"
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(projects)} demo projects written to {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
