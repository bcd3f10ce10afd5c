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

# Le travail entier, nommé en tête de la valeur d'une ligne de statut, avant son état : « Statut : ✅ PROJET 100 %
# COMPLET ET PRÊT », « Statut : TOUTES LES PHASES TERMINÉES ». Une partie (« Phase 1 », « Backend ») n'est pas le tout.
[verdict.subject]
projet
mission
implémentation
toutes les phases
toutes les tâches
toutes les fonctionnalités
tous les objectifs
tout

# Les états qui ne disent terminé qu'après un tel sujet : « Statut : MISSION ACCOMPLIE ».
[verdict.subject.state]
accomplie
accompli
