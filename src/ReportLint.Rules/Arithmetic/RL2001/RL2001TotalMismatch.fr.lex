# Mots français de RL2001 (avec Lexicons/fr.lex, chargés quand le français l'est).

# Colonne des poids des lignes d'un tableau (« | Axe | Score | Poids | ») : le total d'une colonne de notes est la
# moyenne de ses lignes pondérée par eux.
[column.weight.factor]
poids
pondération
coefficient
coef

# Colonne de la contribution pondérée de chaque ligne (« Pondéré », « Points ») : son total est leur somme.
[column.weight.contribution]
pondéré
pondérée
pondérés
points

# Intitulé d'une ligne de total qui dit son chiffre pondéré (« Note pondérée ») : sans colonne de poids, ce chiffre
# n'est ni la somme ni la moyenne d'une colonne.
[label.weighted]
pondéré
pondérée

# Ligne de total d'un tableau pondéré : son chiffre est la moyenne pondérée d'une colonne de notes.
[overall]
score pondéré
note pondérée
moyenne pondérée
total pondéré

# Intitulé ou titre qui détaille un total (« ### Répartition des tests », « **Détail par lot** : ») : la liste dessous
# donne les parts du total énoncé juste au-dessus (RL2001).
[total.breakdown]
répartition
ventilation
détail par
par catégorie
décomposition
