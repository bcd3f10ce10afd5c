# Les mots français de RL2002 (avec Lexicons/fr.lex, chargés quand le français l'est) : ce que mesure un pourcentage
# quand la fraction entre parenthèses après ces mots est ce dont il est la part : « 55 % terminé (7 sur 17 services) »,
# « 37,5 % d'avancement (4/8 jalons) ». Des mots qui peuvent mesurer autre chose (« 50 % plus rapide (2/4 tests) »)
# n'en sont pas.
[fraction.share]
terminé
terminée
terminés
terminées
complété
complétée
complétés
complétées
achevé
achevée
fait
faits
implémenté
implémentée
implémentés
implémentées
réalisé
réalisée
réalisés
réalisées
d'avancement
avancement
réussis
réussies
de réussite
taux de réussite
