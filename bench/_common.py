"""Helpers shared by bench/throughput.py and bench/queries.py: the benchmark texts, percentiles, resident memory,
a realistic vocabulary and name lists, and the worker-process functions for timing pipelines on both cores."""

from __future__ import annotations

import json
import math
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:  # run as a file: make `bench` and `app` importable (here and in spawned workers)
    sys.path.insert(0, str(PROJECT_ROOT))

POLNEAR_DIR = PROJECT_ROOT.parent / "shared" / "eval" / "polnear"
POLNEAR_DEV = POLNEAR_DIR / "dev.jsonl"
SEED_TEXT = PROJECT_ROOT / "seeds" / "seed-article.txt"


def bench_texts(seed_copies: int = 40) -> tuple[list[str], str]:
    """The PolNeAR dev texts when present, else the seed article repeated; and a label saying which."""
    if POLNEAR_DEV.exists():
        texts = [json.loads(line)["text"] for line in POLNEAR_DEV.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        return texts, f"PolNeAR dev ({len(texts)} articles)"
    seed = SEED_TEXT.read_text(encoding="utf-8")
    return [seed] * seed_copies, f"seed article x{seed_copies}"


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100): p99 of 1,000 samples is the 990th smallest."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def rss_mib(pid: int | str = "self", field: str = "VmRSS") -> float | None:
    """A process's resident memory in MiB from /proc: now (VmRSS) or at its peak (VmHWM)."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# ------------------------------------------------------------------------------------------ vocabulary and names

_WORD = re.compile(r"[A-Za-z][a-z]+")
STOPWORDS = set("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves said says told one two new like many
much may might must shall""".split())


def news_vocabulary() -> Counter:
    """Word frequencies of real news text (the PolNeAR articles when present, else the seed article), lower-cased."""
    counts: Counter = Counter()
    files = sorted(POLNEAR_DIR.glob("*.jsonl")) if POLNEAR_DIR.exists() else []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts.update(w.lower() for w in _WORD.findall(json.loads(line)["text"]))
    if not counts:
        counts.update(w.lower() for w in _WORD.findall(SEED_TEXT.read_text(encoding="utf-8")))
    return counts


FIRST_NAMES = """James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty Anthony Margaret Mark Sandra
Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Dorothy Kevin Carol Brian Amanda George
Melissa Edward Deborah Ronald Stephanie Timothy Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary
Amy Nicholas Shirley Eric Angela Jonathan Helen Stephen Anna Larry Brenda Justin Pamela Scott Nicole Brandon Emma
Benjamin Samantha Samuel Katherine Gregory Christine Frank Debra Alexander Rachel Raymond Catherine Patrick Carolyn
Jack Janet Dennis Ruth Jerry Maria Tyler Heather Aaron Diane Jose Virginia Adam Julie Henry Joyce Nathan Victoria
Douglas Olivia Zachary Kelly Peter Christina Kyle Lauren Walter Joan Ethan Evelyn Jeremy Judith Harold Megan Keith
Cheryl Christian Andrea Roger Hannah Noah Martha Gerald Jacqueline Carl Frances Terry Gloria Sean Ann Austin Teresa
Arthur Kathryn Lawrence Sara Jesse Janice Dylan Jean Bryan Alice Joe Madison Jordan Doris Billy Abigail Bruce Julia
Albert Judy Willie Grace Gabriel Denise Logan Amber Alan Marilyn Juan Beverly Wayne Danielle Roy Theresa Ralph Sophia
Randy Marie Eugene Diana Vincent Brittany Russell Natalie Elijah Isabella Louis Charlotte Bobby Rose Philip Alexis
Johnny Kayla Ahmed Fatima Mohammed Aisha Wei Mei Hiroshi Yuki Olga Ivan Sergei Elena Lars Ingrid Pierre Sophie Hans
Greta Marco Giulia Carlos Lucia Rafael Ana Kwame Amara Raj Priya Omar Layla Chen Jin Dmitri Natalia Jorge Camila""".split()

SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins
Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson
Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar
Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen
Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz
Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels
Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen
Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray
Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George
Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin
Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson
Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez
Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez
Newman Pearson Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins
Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory
Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele
Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe
Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves
Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen
Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair Oconnor Cardenas Pacheco Cross Calderon Quinn Moss Swanson
Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen Manning Gill Curry McLaughlin Harmon McGee Gross
Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter
Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia
Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell
Waters Logan Camacho Strickland Norman Person Colon Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton
Ibarra Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman
French Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora
Pratt Stokes Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado Santana
Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash Wilkins Petersen Briggs Shah
Roth Nicholson Holloway Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers Weiss Underwood Bass Greer
Summers Houston Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen
Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman Huynh Randall Singleton
Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges Bruce Atkinson Velez
Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt Dalton Horn Barron Phelps
Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell Shields Rubio
Huffman Choi Boyer Garrison Arroyo Bond Kane Hancock Callahan Dillon Cline Wiggins Grimes Arellano Melton Oneill Savage
Ho Beltran Pitts Parrish Ponce Rich Booth Koch Golden Ware Brennan McDowell Marks Cantu Humphrey Baxter Sawyer Clay
Tanner Hutchinson Kaur Berger Petty Kazemi Haddad Okafor Mensah Nakamura Tanaka Sato Suzuki Ivanov Petrov Novak Kowalski
Nowak Muller Rossi Russo Ferrari Esposito Bianchi Romano Dubois Moreau Laurent Bernard Lefebvre Jansen DeVries Hakimi
Rahman Hussain Iqbal Akhtar Malik Sharma Gupta Kumar Reddy Nair Mehta Joshi Mukherjee Banerjee Yilmaz Kaya Demir Sahin
Celik Ozturk Papadopoulos Andersson Johansson Karlsson Nilsson Eriksson Larsson Virtanen Korhonen Horvath Nagy Kovacs
Popescu Ionescu Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ribeiro Alves Mbeki Nkosi Dlamini Abubakar
Bello Adeyemi Okonkwo Mwangi Kamau Otieno Hakim Nasser Abbas Karimi Hosseini Rezaei Mahmoud Saleh Darwish Barzani
Talabani Sudani Romanowski Blinken Sistani Hadi""".split()

ROLES = ["spokesperson", "minister", "senator", "mayor", "professor", "analyst", "chief executive", "director",
         "governor", "police chief", "economist", "lawyer", "ambassador", "general", "union leader", "council member"]
OUTLETS = ["Riverton Post", "Daily Ledger", "Kurdistan24", "Breitbart", "The Guardian", "Reuters", "AP", "BBC News",
           "Le Monde", "Der Spiegel", "Al Jazeera", "NPR", "Politico", "Bloomberg", "The Hindu", "Haaretz"]


# --------------------------------------------------------------------------------- timing pipelines in workers

_pipelines: dict = {}
_barrier = None


def init_pipeline_worker(model: str, barrier=None) -> None:  # noqa: ANN001 - multiprocessing Barrier
    """Loads, once per process, both the bare spaCy model (`bare`: the floor) and the full quotewise pipeline, so
    that runs of the two can alternate and meet the same background load."""
    global _barrier
    _barrier = barrier
    from app.services.analysis_worker import ANALYSIS_NICE, ONE_BLAS_THREAD

    for name, value in ONE_BLAS_THREAD.items():  # as the Analyzer's workers do: one BLAS thread per process
        os.environ.setdefault(name, value)
    os.nice(ANALYSIS_NICE)  # and at their priority, so that background load on a shared machine weighs the same
    for kind in ("bare", "full"):
        _pipelines[kind] = load_pipeline(kind, model)


# Set to "1" (bench/throughput.py --accelerated-floor), the bare floor runs the stock attribute ruler and lemmatizer
# with the same two byte-identical speed-ups the service's pipeline has (app/nlp/attribute_matches.py,
# lemma_memo.py), so that full ÷ bare measures the quotewise components' cost alone; by default the floor is the
# stock model as spaCy ships it.
ACCELERATED_FLOOR = "BENCH_ACCELERATED_FLOOR"  # no QUOTEWISE_ prefix: not a setting of the service


def load_pipeline(kind: str, model: str):  # noqa: ANN201 - a spaCy Language
    if kind == "bare":
        import spacy

        from app.nlp.pipeline import UNUSED_STOCK_COMPONENTS

        nlp = spacy.load(model, exclude=list(UNUSED_STOCK_COMPONENTS))
        if os.environ.get(ACCELERATED_FLOOR) == "1":
            from app.nlp.attribute_matches import match_attributes_on_arrays
            from app.nlp.lemma_memo import remember_lemmas

            match_attributes_on_arrays(nlp)
            remember_lemmas(nlp)
        return nlp
    from app.nlp.pipeline import build_pipeline

    return build_pipeline(model)


def wait_ready() -> None:
    _barrier.wait(600)


def pipe_texts(texts: list[str], *, extract: bool, batch_size: int = 16, nlp=None) -> tuple[int, float]:  # noqa: ANN001
    """Parses `texts` with `nlp.pipe` (and, for the full pipeline, freezes the quotes as the service does);
    returns (tokens, seconds)."""
    if extract:
        from app.nlp.contract import extract_quotes
    tokens = 0
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
        if extract:
            extract_quotes(doc)
    return tokens, time.perf_counter() - started


def pipe_texts_in_worker(texts: list[str], kind: str) -> tuple[int, float]:
    return pipe_texts(texts, extract=kind == "full", nlp=_pipelines[kind])
