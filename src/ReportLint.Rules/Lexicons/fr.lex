# Mots français que ReportLint comprend. Une expression par ligne sous sa [section].
# Les expressions sont normalisées au chargement : casse et accents n'importent pas.
language = fr

[total]
total
totaux
total général
somme
cumul

[subtotal]
sous-total
sous total

[target]
objectif
cible
seuil
attendu

[column.target]
objectif
cible
seuil
attendu
valeur cible

[column.result]
résultat
résultats
réel
réalisé
mesuré
obtenu
valeur
actuel

[column.status]
statut
état

[status.met]
terminé
terminée
terminés
complété
complétée
complet
complète
validé
validée
validés
validées
atteint
atteinte
atteints
réussi
réussie
réussis
conforme

[status.failed]
échoué
échec
non atteint
non atteinte
raté

[status.pending]
en attente
en cours
à faire
non exécuté
non exécutés
planifié
bloqué
à venir

[status.partial]
partiel
partielle
partiellement

[direction.lower]
latence
temps de réponse
taux d'erreur
erreurs
erreur
indisponibilité
incidents
durée
mémoire
coût

[direction.higher]
couverture
débit
disponibilité
taux de réussite
score

[unit.h]
heure
heures

[unit.min]
minute
minutes

[unit.s]
seconde
secondes

[unit.d]
j
jour
jours

[unit.lines]
lignes

[placeholder.email]
votre
vous
domaine
exemple
entreprise
nom
courriel

[placeholder.marker]
à compléter
à définir
