# RL2006's French words (with Lexicons/fr.lex, loaded when French is).

# A percentage after a bar that these words follow measures a change, not the share the bar draws: "Après : 0 lignes
# ░░░░░░░░░░ 100 % éliminé", "87 % de réduction".
[bar.change]
réduction
de réduction
réduit
réduits
éliminé
éliminés
supprimé
supprimés
en moins
plus rapide
gain
économie
économisé
amélioration
hausse
baisse
