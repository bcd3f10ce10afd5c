# Les mots français de RL3003 (avec Lexicons/fr.lex, chargés quand le français l'est).

# Les mots qui, après une mention de préparation et avant une durée, en font une prévision : « Prêt pour la
# production en 3 semaines ».
[verdict.readiness.forecast]
en
dans
sous

# Les durées dans lesquelles une telle prévision compte, outre les unités de temps (« en 3 semaines »).
[verdict.readiness.forecast-unit]
d
jour
jours
semaine
semaines
mois
sprint
sprints
