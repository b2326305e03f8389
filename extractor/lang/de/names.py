"""Names of people: first names (to tell a person from a noun), forms of address, academic and function titles,
name particles, and capitalised words that are not surnames."""

# Forms of address and academic titles in front of a name.
ADDRESS_FORMS = ["Herr", "Herrn", "Frau", "Hr.", "Fr."]
ACADEMIC_TITLES = ["Dr.", "Prof.", "Dipl.-Ing.", "Dipl.-Päd.", "Dipl.-Soz.", "Dipl.", "M.A.", "B.A.", "Mag."]
# Functions written in front of a name ("Bürgermeister Ekkehard Fauth").
FUNCTION_TITLES = [
    "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin", "Landrat", "Landrätin",
    "Erster Bürgermeister", "Erste Bürgermeisterin", "Beigeordneter", "Beigeordnete", "Amtsleiter", "Amtsleiterin",
    "Hauptamtsleiter", "Hauptamtsleiterin", "Pfarrer", "Pfarrerin", "Dekan", "Dekanin", "Stadtrat", "Stadträtin",
    "Gemeinderat", "Gemeinderätin", "Ortsvorsteher", "Ortsvorsteherin",
]

# Common first names in Germany (and of many who live there); a capitalised word from this list followed
# by a capitalised word is read as a person's name.
FIRST_NAMES = """
Achim Adam Adrian Agnes Ahmad Ahmed Alexander Alexandra Alexej Ali Alina Andrea Andreas Angela Angelika Anja Anke
Anna Anne Annette Annika Antje Anton Armin Arne Astrid Axel Barbara Bärbel Beate Benedikt Benjamin Bernd Bernhard
Bettina Bianca Birgit Björn Boris Brigitte Britta Carina Carla Carmen Carolin Caroline Carsten Charlotte Christa
Christian Christiane Christina Christine Christoph Claudia Clemens Cornelia Dagmar Daniel Daniela David Denise Dennis
Diana Dieter Dietmar Dirk Dominik Doris Dorothea Edith Ekkehard Elena Elisabeth Elke Ellen Emil Emily Emma Erich
Erik Erika Ernst Esther Eva Evelyn Fabian Fatima Felix Florian Frank Franz Franziska Friederike Friedrich Fritz
Gabriele Georg Gerd Gerhard Gertrud Gisela Gregor Gudrun Günter Günther Hanna Hannah Hannelore Hans Harald Hartmut
Hasan Heike Heiko Heinz Helga Helmut Hendrik Henning Herbert Hermann Hildegard Holger Hubert Ibrahim Ilse Ines
Ingrid Irene Iris Isabel Jakob Jan Jana Janina Jasmin Jens Jessica Joachim Johanna Johannes Jonas Jörg Josef Judith
Julia Julian Juliane Jürgen Jutta Kai Karin Karl Karla Katharina Kathrin Katja Katrin Kerstin Kevin Klaus Konrad
Kristina Lars Laura Lea Lena Leon Lisa Lothar Luca Lukas Lutz Magdalena Maik Manfred Manuel Manuela Marc Marcel
Marco Marcus Margarete Maria Marie Marina Mario Marion Markus Marlene Martha Martin Martina Mathias Matthias Max
Maximilian Mehmet Melanie Michael Michaela Miriam Mohammed Monika Moritz Mustafa Nadine Natalie Nicole Niklas Nils
Nina Nora Norbert Olaf Oliver Otto Pascal Patricia Patrick Paul Paula Peter Petra Philipp Rainer Ralf Ralph Regina
Reinhard Renate René Robert Roland Rolf Roman Rosemarie Ruth Sabine Sabrina Sandra Sara Sarah Sascha Sebastian
Silke Simon Simone Sofia Sonja Sophia Sophie Stefan Stefanie Steffen Stephan Stephanie Susanne Svenja Sven Swen
Tanja Theresa Thomas Thorsten Tim Timo Tobias Torsten Udo Ulf Ulla Ulrich Ulrike Ursula Ute Uwe Valentin Vanessa
Vera Verena Viktor Viktoria Volker Walter Werner Wilhelm Wolfgang Yana Yasemin Yusuf Zeynep
""".split() + """
Aaron Abdul Adelheid Adele Adriana Ahmet Aileen Aisha Albert Albrecht Alev Alfred Alice Alicia Aline Alma Almut
Amelie Amir Ana Anastasia Andrej Andreea Aneta Angelina Anita Anneliese Annemarie Ansgar Anton Antonia Arif Arnd
Arnold Arthur Aylin Ayse Ayşe Baran Bastian Beatrix Ben Benno Berit Bernadette Berthold Betül Bilal Birte Bodo
Burak Burkhard Can Carl Caspar Cem Cemile Chantal Charlotte Christel Christof Claus Conny Constanze Corinna
Cornelius Dana Danijel Darius Defne Deniz Detlef Detlev Diana Dietrich Dilara Dominika Dora Dorothee Dragan
Dragana Dunja Ebru Eckhard Eckart Edgar Eduard Egon Ekaterina Elias Elif Elisa Eliza Elmar Elvira Emine Emre
Enes Engin Erdal Erhard Erol Ertan Erwin Eugen Ewa Fabienne Fadime Farah Fatma Ferdinand Filiz Finn Frauke Frida
Frieder Friedhelm Friedemann Gabriel Gerda Gerlinde Gernot Gero Gesa Gisbert Gitta Goran Gottfried Greta Gudula
Gunter Gunther Guido Gül Gülsen Hakan Halil Hamid Hanne Hannes Hanno Hans-Peter Hans-Jürgen Harry Hasan Hatice
Hedwig Heidi Heidrun Heinrich Heinz-Peter Helena Helene Hella Helmut Henrik Henry Herta Hilde Hildegard Horst
Hüseyin Ida Ignaz Ilona Ina Ingo Ingeborg Irina Irmgard Isa Isabella Isabelle Ivan Ivana Jacqueline Jakub Jamal
Janek Jannik Jasper Jelena Jennifer Jeremias Jochen Joel Johann Jonathan Josefine Joseph Jovana Julius Justus
Kamil Karim Karl-Heinz Karsten Katarina Kemal Kerim Kilian Kirsten Klara Klaus-Peter Knut Konstantin Kornelia
Kübra Kurt Lale Larissa Laszlo Lejla Lennart Leo Leonie Leopold Lieselotte Lilli Lina Linda Lorenz Lotte Louisa
Luisa Ludger Ludwig Luise Lydia Magnus Mahmoud Maja Malte Mara Mareike Margit Margot Marianne Marija Marika
Mariusz Marlies Marta Marvin Mathilde Mats Matteo Maximiliane Mechthild Meike Melek Melike Merve Meryem Milan
Milena Mirjam Mirko Mohamed Muhammad Murat Nadja Naemi Natascha Nathalie Nermin Nesrin Nicolai Nikola Nikolai
Nikolaus Nils-Ole Noah Norbert Ole Olga Oskar Otmar Ottmar Özlem Paula Pauline Peggy Philip Pia Rahel Rainer
Ramona Rebecca Rebekka Reiner Reinhold Renata Richard Rita Robin Roger Romy Ronja Rosa Rosemarie Rudolf Rüdiger
Sabina Saskia Selin Selma Semra Serkan Sevgi Siegfried Sigrid Silvia Sina Slavica Snežana Sonja Stanislaw Susan
Susanna Sybille Sylvia Tamara Tatjana Theo Theodor Thilo Till Tina Tobias Tomasz Toni Traudl Ulrike Ümit Uta
Valentina Veronika Vesna Vincent Waltraud Wiebke Wilfried Willi Winfried Wladimir Yasmin Yvonne Zoran Zuzana
""".split()

FIRST_NAMES += """
Adalbert Adolf Agathe Alban Albin Alexa Alfons Alfred Alois Aloisia Amalie Amanda Ambros Andrea Anette Angelo
Anka Anke Annabell Annegret Anneke Annelie Anselm Antje Apollonia Arnulf Artur August Auguste Babette Balthasar
Beate Bernd Bernhard Bert Berta Bertha Bertram Bianka Birgitta Bruno Burkhardt Carina Carmen Carola Caroline
Cäcilia Cathrin Celine Chiara Christa Christel Christin Christine Clara Claudia Cordula Cosima Damian Daniela
Dagmar Detlef Dieter Dietlinde Dietmar Dirk Dorle Dorothea Dorothee Edda Edeltraud Edith Egbert Eike Elfriede
Elisabeth Elke Ella Elli Elsa Else Emil Emilia Emma Engelbert Erich Erika Ernst Ervin Esther Eva Evi Ewald Fabian
Felicitas Felix Fenja Florentine Franziska Frederik Friederike Fritz Gabi Gabriela Gebhard Georg Gerald Gerhard
Gerold Gertraud Gesine Gisela Gislinde Gottlieb Gregor Grete Gudrun Gundula Günter Gustav Hagen Hannelore Harald
Hartmut Hedi Heidemarie Heike Heiner Heino Helga Helge Helmar Henning Herbert Hermann Hertha Hildegard Hiltrud
Holger Hubertus Hugo Ilka Ilse Imke Inga Inge Ingrid Irmela Isolde Jakob Jana Jannis Jens Joachim Johanna Jörn
Josef Judith Jule Julia Jutta Karla Karoline Katja Katrin Kerstin Kira Klaus Konrad Konstanze Kordula Kuno Lambert
Lars Lena Leni Leonhard Liesel Lisa Lore Lothar Luca Ludmila Luitgard Lukas Magda Magdalene Maike Manfred Mara
Marc Marek Margarethe Margret Maria Marie Marina Markus Marlene Martina Mathias Matthias Max Meinrad Melanie
Merle Michaela Mona Moritz Nadine Nele Nicola Nina Norbert Notburga Odette Olaf Oliver Ortrud Ottilie Patrizia
Paulina Petra Philipp Rainer Raphael Regina Reinhard Renate Ricarda Roland Ronald Rosalie Rosemarie Ruth Sabine
Samuel Sandra Sascha Sebastian Senta Siegmund Sieglinde Silke Simon Sonja Stefanie Steffi Susanne Svea Sven
Swantje Tanja Thea Theresia Thomas Thorsten Tilman Tim Timo Torben Ulf Ulla Ursel Urs Ute Valerie Vera Veronika
Viola Volker Walburga Waldemar Walter Wendelin Werner Wiebke Wilhelmine Willibald Wolf Wolfram Xaver Zenzi
Aleksandra Anja Bartosz Bogdan Boris Branka Damir Danuta Darko Dejan Dorota Dragica Dušan Elżbieta Goran Grażyna
Irena Jadranka Janusz Jerzy Katarzyna Krzysztof Ljiljana Łukasz Maciej Małgorzata Marek Marko Miroslav Mladen
Nada Nenad Olena Oksana Pavel Piotr Radek Sanja Sergej Slobodan Stanislav Svetlana Tadeusz Vlado Wojciech Zdenka
Zoltan Ahmed Aliye Arzu Aysel Aysun Bahar Banu Berk Cansu Cengiz Derya Dilek Ebru Elif Emel Erkan Esra Fatih Gökhan
Gülay Hülya Ilknur Kadir Kenan Leyla Mehmet Metin Nurhan Orhan Ozan Serdar Sevim Songül Tarkan Tuba Tülay Umut
Yusuf Zehra Abdullah Adnan Ahmad Aisha Amina Anas Bashir Fadi Faisal Farid Hassan Hussein Ibrahim Jamila Khalid
Layla Mahmud Mariam Mohammad Mohammed Mustafa Nabil Nadia Omar Rami Rania Said Salim Samir Tarek Walid Yasmin Zainab
""".split()
FIRST_NAMES = sorted(set(FIRST_NAMES))

# Words that end a candidate surname: a capitalised word that is really the next noun of the sentence.
NOT_SURNAMES = {"Und", "Oder", "Von", "Vom", "Der", "Die", "Das", "Den", "Dem", "Des", "Im", "In", "Am", "An",
                "Zum", "Zur", "Mit", "Für", "Bei", "Auf", "Aus", "Als", "Wie", "Sowie", "Stadt", "Gemeinde",
                "Landkreis", "Amt", "Telefon", "Tel", "E-Mail", "Mail"}

# Particles in front of a surname ("von Weizsäcker", "van Dyk", "de Maizière", "zu Guttenberg").
NAME_PARTICLES = ["von", "van", "de", "zu"]
# Articles that follow a particle in a surname ("von der Leyen", "van den Berg").
PARTICLE_ARTICLES = ["der", "den"]
