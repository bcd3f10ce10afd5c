# Les mots français de RL3004 (avec Lexicons/fr.lex, chargés quand le français l'est).

# per-member-count : les unités de temps. « Projections à 5-ans » ou « rétention 30-jours » disent jusqu'où va une chose,
# non combien chaque membre en a (« 3-replica deployments ») : « 4 ans d'historique » n'est pas un membre qui en a moins.
[per-member.extent]
an
ans
année
années
mois
semaine
semaines
jour
jours
heure
heures
minute
minutes
seconde
secondes
