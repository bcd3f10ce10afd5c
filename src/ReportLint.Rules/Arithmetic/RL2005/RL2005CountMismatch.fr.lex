# Les mots français de RL2005 (avec Lexicons/fr.lex, chargés quand le français l'est).

# Les mots qui peuvent suivre un nombre seul entre les parenthèses d'un titre : « ## Fichiers modifiés (8 au total) ».
[count.bracket-total]
total
au total
en tout

# Les mots qui peuvent suivre une fraction entière entre les parenthèses d'un titre et disent ses parties faites :
# « ### Authentification (✅ 6/6 terminés) » compte les éléments sous lui comme « (6/6 routes) » le ferait.
[count.whole-state]
complet
complets
complète
complètes
complété
complétés
complétée
complétées
terminé
terminés
terminée
terminées
fait
faits
faites
réussi
réussis
validé
validés
